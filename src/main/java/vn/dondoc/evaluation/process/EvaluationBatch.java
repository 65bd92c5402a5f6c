package vn.dondoc.evaluation.process;

/** {@code processes/evaluation-batch.bpmn}: one batch of an evaluation's scoring. */
final class EvaluationBatch {

  static final String KEY = "evaluation-batch";
  static final String TASK_SCORE = "Task_ScoreBatch";
  /** The batch: the evaluation's ratings with ids from {@code fromId} to {@code toId}. */
  static final String VAR_FROM_ID = "fromId";
  static final String VAR_TO_ID = "toId";

  private EvaluationBatch() {
  }
}
