package vn.dondoc.supervision.process;

import org.camunda.bpm.engine.delegate.VariableScope;

/** {@code processes/supervision.bpmn}: its key, elements and variables. */
public final class SupervisionFlow {

  public static final String KEY = "supervision";
  /**
   * A supervision starts by this message: Camunda 7 allows one none or timer start event per
   * process, and the timer start of the monthly run takes it.
   */
  public static final String MESSAGE_STARTED = "SupervisionStarted";

  public static final String GATEWAY_KIND = "Gateway_Kind";
  public static final String TASK_REVIEW_DASHBOARDS = "Task_ReviewDashboards";
  public static final String TASK_RECORD_DASHBOARDS = "Task_RecordDashboards";
  public static final String TASK_ATTEND_MEETING = "Task_AttendMeeting";
  public static final String TASK_RECORD_MEETING = "Task_RecordMeeting";
  public static final String TASK_PLAN = "Task_PlanThematic";
  public static final String TASK_RECORD_PLAN = "Task_RecordPlan";
  public static final String TASK_APPROVE_PLAN = "Task_ApprovePlan";
  public static final String TASK_RECORD_PLAN_DECISION = "Task_RecordPlanDecision";
  public static final String TASK_RECORD_FINDINGS = "Task_RecordFindings";
  public static final String TASK_STORE_FINDINGS = "Task_StoreFindings";
  public static final String TIMER_FINDINGS_DUE = "Timer_FindingsDue";
  public static final String TASK_REMIND_FINDINGS = "Task_RemindFindings";
  public static final String TASK_CONCLUDE = "Task_Conclude";
  public static final String TASK_STORE_CONCLUSION = "Task_StoreConclusion";
  public static final String TASK_REQUEST_INSPECTION = "Task_RequestInspection";
  public static final String END_CONCLUDED = "EndEvent_Concluded";
  public static final String END_INSPECTION_REQUESTED = "EndEvent_InspectionRequested";
  public static final String TIMER_REGULAR_PERIOD = "Timer_RegularPeriod";
  public static final String TASK_START_REGULAR_RUNS = "Task_StartRegularRuns";
  public static final String END_REGULAR_RUNS_STARTED = "EndEvent_RegularRunsStarted";

  public static final String VAR_SUPERVISION_ID = "supervisionId";
  public static final String VAR_KIND = "kind";
  public static final String VAR_SCOPE_CODE = "scopeCode";
  public static final String VAR_PERIOD = "period";
  /** Task_PlanThematic. */
  public static final String VAR_SUBJECT = "subject";
  public static final String VAR_PLAN = "plan";
  public static final String VAR_DUE_ON = "dueOn";
  /** Task_ApprovePlan. */
  public static final String VAR_APPROVED = "approved";
  public static final String VAR_RETURN_COMMENT = "returnComment";
  /** Task_ReviewDashboards. */
  public static final String VAR_DASHBOARD_NOTES = "dashboardNotes";
  /** Task_AttendMeeting. */
  public static final String VAR_MEETING_ORGANIZATION = "meetingOrganization";
  public static final String VAR_MEETING_NOTES = "meetingNotes";
  /** Task_RecordFindings. */
  public static final String VAR_FINDING_ORGANIZATION = "findingOrganization";
  public static final String VAR_FINDINGS = "findings";
  /** Task_Conclude. */
  public static final String VAR_OUTCOME = "outcome";
  public static final String VAR_CONCLUSION = "conclusion";
  public static final String VAR_RAISE_INSPECTION = "raiseInspection";
  public static final String VAR_INSPECT_ORGANIZATION = "inspectOrganization";

  private SupervisionFlow() {
  }

  static long supervisionId(VariableScope scope) {
    return ((Number) scope.getVariable(VAR_SUPERVISION_ID)).longValue();
  }

  /** A text variable, or null when the form left it out. */
  static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }
}
