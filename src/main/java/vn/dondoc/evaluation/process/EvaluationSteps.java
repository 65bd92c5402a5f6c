package vn.dondoc.evaluation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.dondoc.platform.engine.EngineUser;

/** {@code processes/evaluation.bpmn}: its key, elements and variables. */
public final class EvaluationSteps {

  public static final String KEY = "evaluation";
  public static final String TASK_PREPARE = "Task_PrepareRatings";
  public static final String TASK_REVIEW = "Task_Review";
  public static final String TASK_RECORD_REVIEW = "Task_RecordReview";
  public static final String TASK_OPINION = "Task_InspectionOpinion";
  public static final String TASK_RECORD_OPINION = "Task_RecordOpinion";
  public static final String TASK_DECIDE = "Task_Decide";
  public static final String TASK_RECORD_DECISION = "Task_RecordDecision";
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

  static long evaluationId(DelegateExecution execution) {
    return ((Number) execution.getVariable(VAR_EVALUATION_ID)).longValue();
  }

  /**
   * Who completed the task just before: the record steps run in the completing transaction, so the
   * signed-in user is still the engine's current authentication (none when the engine is driven
   * without one, as in the process tests).
   */
  static String author(DelegateExecution execution) {
    return EngineUser.id(execution.getProcessEngineServices()).orElse(null);
  }
}
