package vn.dondoc.followup;

import java.time.Instant;

/** One round of a follow-up's report and, once reviewed, its review. */
public record FollowUpReport(int round, String submittedBy, Instant submittedAt, String workDone, Integer accountsActivated,
    String difficulties, String proposals, String decision, String reviewComment, String reviewedBy, Instant reviewedAt) {
}
