package vn.dondoc.inspection;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * What the team found, with its evidence.
 *
 * @param period the quarter it was recorded in, {@code 2026-Q1}: the evaluation counts it there
 */
public record Finding(long id, long inspectionId, String organizationCode, String period, Severity severity,
    String description, String recordedBy, Instant recordedAt, List<EvidenceFile> files) {

  @JsonProperty
  public String severityLabel() {
    return severity.label();
  }
}
