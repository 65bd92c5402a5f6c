package vn.dondoc.inspection.process;

/** {@code processes/inspection.bpmn}: its key, elements, variables and messages. */
public final class InspectionFlow {

  public static final String KEY = "inspection";
  /** Starts an inspection from elsewhere: a supervision's findings, the selection. */
  public static final String MESSAGE_REQUESTED = "InspectionRequested";
  /** The time limit was extended: the watch starts again from the new last day. */
  public static final String MESSAGE_EXTENDED = "InspectionTimeLimitExtended";

  public static final String START_MANUAL = "StartEvent_Opened";
  public static final String START_REQUESTED = "StartEvent_InspectionRequested";
  public static final String TASK_REGISTER = "Task_Register";
  public static final String TASK_DRAFT_PLAN = "Task_DraftPlan";
  public static final String TASK_APPROVE_PLAN = "Task_ApprovePlan";
  public static final String TASK_SUBMIT_SELF_REPORT = "Task_SubmitSelfReport";
  public static final String TASK_SELF_REPORT_REMINDER = "Task_SelfReportReminder";
  public static final String TASK_SELF_REPORT_OVERDUE = "Task_SelfReportOverdue";
  public static final String TASK_VERIFY = "Task_Verify";
  public static final String TASK_CONCLUDE = "Task_Conclude";
  public static final String TASK_APPROVE_CONCLUSION = "Task_ApproveConclusion";
  public static final String TIMER_TIME_LIMIT = "Timer_TimeLimit";
  public static final String TASK_TIME_LIMIT_PASSED = "Task_TimeLimitPassed";
  public static final String TASK_REPORT_ACTION = "Task_ReportAction";
  public static final String TASK_VERIFY_ACTION = "Task_VerifyAction";
  public static final String TASK_ACTION_REMINDER = "Task_ActionReminder";
  public static final String TASK_ACTION_OVERDUE = "Task_ActionOverdue";
  public static final String TASK_CLOSE = "Task_Close";
  public static final String END_CLOSED = "EndEvent_Closed";

  public static final String VAR_INSPECTION_ID = "inspectionId";
  public static final String VAR_ORIGIN = "origin";
  public static final String VAR_ORIGIN_REF = "originRef";
  public static final String VAR_REQUESTED_BY = "requestedBy";
  public static final String VAR_SCOPE_CODE = "scopeCode";
  public static final String VAR_ORGANIZATION_NAME = "organizationName";
  public static final String VAR_REFERENCE = "reference";
  public static final String VAR_PLAN_CONTENT = "planContent";
  public static final String VAR_TEAM = "team";
  public static final String VAR_SELF_REPORT_DUE = "selfReportDue";
  public static final String VAR_SELF_REPORT_DUE_TEXT = "selfReportDueText";
  public static final String VAR_PLAN_DECISION = "planDecision";
  public static final String VAR_PLAN_COMMENT = "planComment";
  public static final String VAR_SELF_REPORT = "selfReport";
  public static final String VAR_VERIFICATION_NOTE = "verificationNote";
  public static final String VAR_TEAM_REPORT = "teamReport";
  public static final String VAR_OUTCOME = "outcome";
  public static final String VAR_OUTCOME_LABEL = "outcomeLabel";
  public static final String VAR_NOTHING_FOUND = "nothingFound";
  public static final String VAR_CONCLUSION_DECISION = "conclusionDecision";
  public static final String VAR_CONCLUSION_COMMENT = "conclusionComment";
  public static final String VAR_ACTION_IDS = "actionIds";
  public static final String VAR_ACTION_ID = "actionId";
  public static final String VAR_ACTION_TEXT = "actionText";
  public static final String VAR_ACTION_DUE = "actionDueText";
  public static final String VAR_ACTION_REPORT = "actionReport";
  public static final String VAR_VERIFY_DECISION = "verifyDecision";
  public static final String VAR_VERIFY_COMMENT = "verifyComment";

  public static final String APPROVE = "approve";
  public static final String RETURN = "return";
  public static final String VERIFY = "verify";
  public static final String REJECT = "reject";

  private InspectionFlow() {
  }
}
