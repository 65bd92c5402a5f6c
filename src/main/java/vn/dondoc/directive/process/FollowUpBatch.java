package vn.dondoc.directive.process;

/** {@code processes/follow-up-batch.bpmn}: one batch of a directive's fan-out. */
final class FollowUpBatch {

  static final String KEY = "follow-up-batch";
  /** The batch: the directive's follow-ups with ids from {@code fromId} to {@code toId}. */
  static final String VAR_FROM_ID = "fromId";
  static final String VAR_TO_ID = "toId";

  private FollowUpBatch() {
  }
}
