package vn.dondoc.followup.process;

/** {@code processes/branch-follow-up.bpmn}: its key, elements, variables and messages. */
public final class BranchFollowUp {

  public static final String KEY = "branch-follow-up";
  public static final String TASK_REGISTER = "Task_Register";
  public static final String TASK_ACKNOWLEDGE = "Task_Acknowledge";
  public static final String TASK_SUBMIT_REPORT = "Task_SubmitReport";
  public static final String TASK_REVIEW_REPORT = "Task_ReviewReport";
  public static final String TASK_SEND_REMINDER = "Task_SendReminder";
  public static final String TIMER_NEXT_REMINDER = "Timer_NextReminder";
  public static final String TIMER_DEADLINE = "Timer_Deadline";
  public static final String TASK_MARK_OVERDUE = "Task_MarkOverdue";
  public static final String TASK_SUPERVISE = "Task_Supervise";
  public static final String TASK_APPLY_AMENDMENT = "Task_ApplyAmendment";
  public static final String END_DONE = "EndEvent_Done";
  public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

  public static final String VAR_FOLLOW_UP_ID = "followUpId";
  public static final String VAR_RESPONSIBLE = "responsibleUser";
  public static final String VAR_SCOPE_CODE = "scopeCode";
  public static final String VAR_ORGANIZATION_NAME = "organizationName";
  public static final String VAR_DIRECTIVE_NUMBER = "directiveNumber";
  public static final String VAR_DIRECTIVE_SUBJECT = "directiveSubject";
  public static final String VAR_DEADLINE_TEXT = "deadlineText";
  public static final String VAR_WORK_DONE = "workDone";
  public static final String VAR_ACCOUNTS_ACTIVATED = "accountsActivated";
  public static final String VAR_DIFFICULTIES = "difficulties";
  public static final String VAR_PROPOSALS = "proposals";
  public static final String VAR_REVIEW_DECISION = "reviewDecision";
  public static final String VAR_REVIEW_COMMENT = "reviewComment";

  public static final String DECISION_ACCEPT = "accept";
  public static final String DECISION_RETURN = "return";

  public static final String MESSAGE_AMENDED = "DirectiveAmended";
  public static final String MESSAGE_WITHDRAWN = "DirectiveWithdrawn";

  private BranchFollowUp() {
  }
}
