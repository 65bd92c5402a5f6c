package vn.dondoc.evaluation;

/** The engine's side of an evaluation; implemented in {@code process/}. */
public interface EvaluationProcess {

  /** Starts {@code evaluation.bpmn} for the evaluation; the process instance id. */
  String start(Evaluation evaluation, String parentName);
}
