package vn.dondoc.evaluation;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * What the rating reads of other features' tables (follow-ups, inspection conclusions and
 * remediations) for a batch of organisations, one query each.
 */
@Repository
class RatingSources {

  private final JdbcTemplate jdbc;

  RatingSources(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Deadline and completion of each follow-up of the organisations due in the period and not withdrawn before its end. */
  List<DueFollowUp> followUps(Collection<String> codes, Period period, Instant end) {
    if (codes.isEmpty()) {
      return List.of();
    }
    return jdbc.query("SELECT organization_code, deadline, completed_at FROM dd_follow_up WHERE organization_code IN ("
            + marks(codes) + ") AND deadline BETWEEN ? AND ? AND (withdrawn_at IS NULL OR withdrawn_at >= ?)",
        (rs, row) -> {
          Timestamp completed = rs.getTimestamp(3);
          return new DueFollowUp(rs.getString(1), rs.getObject(2, LocalDate.class),
              completed == null ? null : completed.toInstant());
        },
        arguments(codes, period.firstDay(), period.lastDay(), Timestamp.from(end)));
  }

  record DueFollowUp(String organizationCode, LocalDate deadline, Instant completedAt) {
  }

  /** Outcomes of the conclusions about the organisations approved in the period. */
  Map<String, List<String>> conclusions(Collection<String> codes, Period period) {
    Map<String, List<String>> outcomes = new HashMap<>();
    if (!codes.isEmpty()) {
      jdbc.query("SELECT organization_code, outcome FROM dd_inspection_conclusion WHERE organization_code IN ("
              + marks(codes) + ") AND concluded_on BETWEEN ? AND ?",
          (ResultSet rs) -> {
            outcomes.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
          }, arguments(codes, period.firstDay(), period.lastDay()));
    }
    return outcomes;
  }

  /** Remediation actions due by the period's last day and not verified by then, per organisation. */
  Map<String, Integer> unresolvedRemediations(Collection<String> codes, Period period) {
    Map<String, Integer> counts = new HashMap<>();
    if (!codes.isEmpty()) {
      jdbc.query("SELECT organization_code, COUNT(*) FROM dd_inspection_remediation WHERE organization_code IN ("
              + marks(codes) + ") AND due_on <= ? AND (verified_on IS NULL OR verified_on > ?) GROUP BY organization_code",
          (ResultSet rs) -> {
            counts.put(rs.getString(1), rs.getInt(2));
          }, arguments(codes, period.lastDay(), period.lastDay()));
    }
    return counts;
  }

  private static String marks(Collection<String> codes) {
    return String.join(", ", Collections.nCopies(codes.size(), "?"));
  }

  private static Object[] arguments(Collection<String> codes, Object... more) {
    Object[] arguments = new Object[codes.size() + more.length];
    int i = 0;
    for (String code : codes) {
      arguments[i++] = code;
    }
    System.arraycopy(more, 0, arguments, i, more.length);
    return arguments;
  }
}
