package vn.dondoc.usage;

import java.time.LocalDateTime;

/**
 * One {@code usage-review} as the engine's history keeps it; what was not decided yet is {@code null}.
 *
 * @param startedAt when the import started it, Vietnam's wall-clock time, as the other times
 * @param decidedBy who completed the review task: the engine's log of the completion, else the task's assignee
 * @param toRemediate organisations directly below in the low and not-deployed bands, counted at import
 * @param remediationDirectiveId the draft remediation directive, when one was drafted
 * @param supportPairs support pairs proposed after it
 */
public record UsageReviewRecord(long snapshotId, LocalDateTime startedAt, String decidedBy,
    LocalDateTime decidedAt, Boolean remediate, String note, Integer toRemediate, Long remediationDirectiveId,
    Integer supportPairs) {
}
