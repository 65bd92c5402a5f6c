package vn.dondoc.inspection;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;

/** An action the conclusion requires of the organisation, and how far it has got. */
public record RemediationAction(long id, long inspectionId, String organizationCode, String action, LocalDate dueOn,
    ActionStatus status, String report, Instant reportedAt, String rejectionComment, int rejections,
    Instant overdueSince, Long remediationId) {

  @JsonProperty
  public String statusLabel() {
    return status.label();
  }
}
