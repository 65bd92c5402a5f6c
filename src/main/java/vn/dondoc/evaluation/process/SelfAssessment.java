package vn.dondoc.evaluation.process;

/** {@code processes/evaluation-self-assessment.bpmn}: its key, elements, variables and message. */
public final class SelfAssessment {

  public static final String KEY = "evaluation-self-assessment";
  public static final String TASK_SELF_ASSESS = "Task_SelfAssess";
  public static final String END_SELF_ASSESSED = "EndEvent_SelfAssessed";
  public static final String END_CLOSED = "EndEvent_Closed";
  public static final String MESSAGE_PUBLISHED = "EvaluationPublished";

  public static final String VAR_RATING_ID = "ratingId";
  public static final String VAR_ORGANIZATION_NAME = "organizationName";
  public static final String VAR_DATA_POINTS = "dataPointsText";
  public static final String VAR_PROPOSED_BAND = "proposedBandLabel";
  public static final String VAR_SELF_BAND = "selfBand";
  public static final String VAR_SELF_COMMENT = "selfComment";

  private SelfAssessment() {
  }
}
