package vn.dondoc.usage.process;

/** {@code processes/usage-review.bpmn}: its key, elements and variables. */
public final class UsageReview {

  public static final String KEY = "usage-review";
  public static final String TASK_REVIEW = "Task_ReviewUsage";
  public static final String TASK_DRAFT_REMEDIATION = "Task_DraftRemediation";
  public static final String TASK_PROPOSE_SUPPORT = "Task_ProposeSupport";
  public static final String END_REMEDIATION_DRAFTED = "EndEvent_RemediationDrafted";
  public static final String END_NO_REMEDIATION = "EndEvent_NoRemediation";

  public static final String VAR_SNAPSHOT_ID = "snapshotId";
  public static final String VAR_SCOPE_CODE = "scopeCode";
  /** Organisations directly below in the low and not-deployed bands, counted at import. */
  public static final String VAR_TO_REMEDIATE = "toRemediate";
  public static final String VAR_REMEDIATE = "remediate";
  public static final String VAR_NOTE = "note";
  public static final String VAR_DIRECTIVE_ID = "remediationDirectiveId";
  /** Support pairs proposed for the members of the organisations to remediate. */
  public static final String VAR_SUPPORT_PAIRS = "supportPairs";

  private UsageReview() {
  }

  public static String businessKey(long snapshotId) {
    return "TK-" + snapshotId;
  }
}
