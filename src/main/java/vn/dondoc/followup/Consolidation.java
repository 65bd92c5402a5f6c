package vn.dondoc.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A directive's picture at one moment: how many follow-ups in each status, and each organisation
 * with its status, in tree order.
 */
public record Consolidation(long directiveId, Instant asOf, Map<FollowUpStatus, Integer> counts, List<Line> lines) {

  /** One organisation's line. */
  public record Line(long followUpId, String organizationCode, String organizationName, String responsibleUserId,
      FollowUpStatus status, String statusLabel, LocalDate deadline, Instant acknowledgedAt, Instant reportedAt,
      Instant completedAt) {
  }

  public static Consolidation of(long directiveId, List<FollowUp> followUps, Instant now, ZoneId zone) {
    Map<FollowUpStatus, Integer> counts = new EnumMap<>(FollowUpStatus.class);
    for (FollowUpStatus status : FollowUpStatus.values()) {
      counts.put(status, 0);
    }
    List<Line> lines = new ArrayList<>();
    for (FollowUp f : followUps) {
      FollowUpStatus status = f.status(now, zone);
      counts.merge(status, 1, Integer::sum);
      lines.add(new Line(f.id(), f.organizationCode(), f.organizationName(), f.responsibleUserId(), status, status.label(),
          f.deadline(), f.acknowledgedAt(), f.reportedAt(), f.completedAt()));
    }
    return new Consolidation(directiveId, now, counts, lines);
  }
}
