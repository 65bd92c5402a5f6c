package vn.dondoc.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** One recipient organisation's follow-up of one directive. */
public record FollowUp(
    long id,
    long directiveId,
    String organizationCode,
    String organizationName,
    String scopeCode,
    String responsibleUserId,
    LocalDate deadline,
    String processInstanceId,
    Instant acknowledgedAt,
    Instant reportedAt,
    Instant completedAt,
    Instant overdueSince,
    Instant withdrawnAt) {

  public FollowUpStatus status(Instant now, ZoneId zone) {
    return FollowUpStatus.of(deadline, completedAt, withdrawnAt, now, zone);
  }
}
