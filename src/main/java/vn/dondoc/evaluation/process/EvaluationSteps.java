package vn.dondoc.evaluation.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** {@code processes/evaluation.bpmn}: its key, elements and variables. */
public final class EvaluationSteps {

  public static final String KEY = "evaluation";
  public static final String TASK_PREPARE = "Task_PrepareRatings";
  public static final String TASK_REVIEW = "Task_Review";
  public static final String TASK_OPINION = "Task_InspectionOpinion";
  public static final String TASK_DECIDE = "Task_Decide";
  public static final String TASK_PUBLISH = "Task_Publish";
  public static final String END_PUBLISHED = "EndEvent_Published";

  public static final String VAR_EVALUATION_ID = "evaluationId";
  public static final String VAR_SCOPE_CODE = "scopeCode";
  public static final String VAR_PARENT_NAME = "parentName";
  public static final String VAR_PERIOD_LABEL = "periodLabel";
  public static final String VAR_REVIEW_NOTE = "reviewNote";
  public static final String VAR_INSPECTION_OPINION = "inspectionOpinion";
  public static final String VAR_DECISION = "decision";
  public static final String VAR_DECISION_NOTE = "decisionNote";
  public static final String DECISION_APPROVE = "APPROVE";
  public static final String DECISION_RETURN = "RETURN";

  private EvaluationSteps() {
  }

  public static String businessKey(long evaluationId) {
    return "DG-" + evaluationId;
  }

  static long evaluationId(DelegateTask task) {
    return ((Number) task.getVariable(VAR_EVALUATION_ID)).longValue();
  }

  /** Who completed the task: the signed-in user, or its assignee when the engine runs it without one. */
  static String author(DelegateTask task) {
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return user != null ? user.getUserId() : task.getAssignee();
  }
}
