package vn.dondoc.directive.process;

/** {@code processes/directive-issuance.bpmn}: its key, elements, variables and messages. */
public final class DirectiveIssuance {

  public static final String KEY = "directive-issuance";
  public static final String TASK_DRAFT = "Task_Draft";
  public static final String TASK_REVIEW_SIGN = "Task_ReviewSign";
  public static final String TASK_PUBLISH = "Task_Publish";
  public static final String TASK_START_FOLLOW_UPS = "Task_StartFollowUps";
  public static final String TASK_CONSOLIDATE = "Task_Consolidate";
  public static final String TASK_REPORT = "Task_ReportToCommittee";
  public static final String END_CLOSED = "EndEvent_Closed";
  public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

  public static final String VAR_DIRECTIVE_ID = "directiveId";
  public static final String VAR_SCOPE_CODE = "scopeCode";
  public static final String VAR_NUMBER = "directiveNumber";
  public static final String VAR_SUBJECT = "subject";
  public static final String VAR_COMPLETE_BY = "completeBy";
  public static final String VAR_SIGN_DECISION = "signDecision";

  public static final String MESSAGE_WITHDRAW = "DirectiveWithdrawRequested";

  private DirectiveIssuance() {
  }
}
