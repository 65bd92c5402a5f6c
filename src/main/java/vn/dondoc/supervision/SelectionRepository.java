package vn.dondoc.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** {@code dd_selection}, and the open remediation of earlier conclusions the selection reads. */
@Repository
class SelectionRepository {

  /** Remediation actions of one organisation not verified at a day: past their due day, and not yet. */
  record Remediation(int overdue, int open) {
    static final Remediation NONE = new Remediation(0, 0);
  }

  private static final String SELECT = "SELECT s.*, o.name FROM dd_selection s"
      + " JOIN dd_organization o ON o.code = s.organization_code";
  private static final RowMapper<Selection> ROW = SelectionRepository::map;

  private final JdbcTemplate jdbc;

  SelectionRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  long insert(String scopeCode, Period period, String organizationCode, SelectionInputs in, SelectionDecision.Outcome out,
      SelectionDecision.Version version, Instant at, String by) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("INSERT INTO dd_selection (scope_code, period, organization_code,"
          + " usage_band, access_trend, overdue_follow_ups, late_follow_ups, meetings_missed, overdue_remediation,"
          + " open_remediation, action, reason, priority, decision_key, decision_definition_id, decision_version,"
          + " selected_at, selected_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
      Object[] values = {scopeCode, period.code(), organizationCode, in.usageBand(), in.accessTrend(), in.overdueFollowUps(),
          in.lateFollowUps(), in.meetingsMissed(), in.overdueRemediation(), in.openRemediation(), out.action().name(),
          out.reason(), out.priority(), version.key(), version.definitionId(), version.version(), Timestamp.from(at), by};
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      return statement;
    }, key);
    return key.getKey().longValue();
  }

  void startedSupervision(long selectionId, long supervisionId) {
    jdbc.update("UPDATE dd_selection SET supervision_id = ? WHERE id = ?", supervisionId, selectionId);
  }

  void requestedInspection(long selectionId) {
    jdbc.update("UPDATE dd_selection SET inspection_requested = TRUE WHERE id = ?", selectionId);
  }

  /** Organisations under the path of which a selection of this period already requested an inspection. */
  Set<String> inspectionRequested(String path, Period period) {
    return new HashSet<>(jdbc.queryForList("SELECT DISTINCT s.organization_code FROM dd_selection s"
        + " JOIN dd_organization o ON o.code = s.organization_code WHERE o.path LIKE ? AND s.period = ?"
        + " AND s.inspection_requested", String.class, path + "%", period.code()));
  }

  List<Selection> ofRun(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.query(SELECT + " WHERE s.id IN (" + String.join(",", ids.stream().map(id -> "?").toList())
        + ") ORDER BY s.priority, o.path", ROW, ids.toArray());
  }

  /** The newest run of the committee (for a period, or any), most urgent first; empty when there is none. */
  List<Selection> latest(String scopeCode, String period) {
    String condition = period == null ? "scope_code = ?" : "scope_code = ? AND period = ?";
    Object[] arguments = period == null ? new Object[] {scopeCode} : new Object[] {scopeCode, period};
    List<Timestamp> newest = jdbc.queryForList("SELECT MAX(selected_at) FROM dd_selection WHERE " + condition,
        Timestamp.class, arguments);
    if (newest.isEmpty() || newest.get(0) == null) {
      return List.of();
    }
    String run = period == null ? "s.scope_code = ? AND s.selected_at = ?" : "s.scope_code = ? AND s.period = ? AND s.selected_at = ?";
    Object[] runArguments = period == null ? new Object[] {scopeCode, newest.get(0)}
        : new Object[] {scopeCode, period, newest.get(0)};
    return jdbc.query(SELECT + " WHERE " + run + " ORDER BY s.priority, o.path", ROW, runArguments);
  }

  /** Unverified remediation under a path, at a day: by organisation. */
  Map<String, Remediation> remediation(String path, LocalDate day) {
    Map<String, Remediation> byOrganization = new HashMap<>();
    jdbc.query("SELECT r.organization_code, SUM(CASE WHEN r.due_on < ? THEN 1 ELSE 0 END) AS overdue,"
            + " SUM(CASE WHEN r.due_on < ? THEN 0 ELSE 1 END) AS still_open FROM dd_inspection_remediation r"
            + " JOIN dd_organization o ON o.code = r.organization_code"
            + " WHERE o.path LIKE ? AND (r.verified_on IS NULL OR r.verified_on > ?) GROUP BY r.organization_code",
        (ResultSet rs) -> {
          byOrganization.put(rs.getString(1), new Remediation(rs.getInt(2), rs.getInt(3)));
        }, day, day, path + "%", day);
    return byOrganization;
  }

  private static Selection map(ResultSet rs, int row) throws SQLException {
    SelectionInputs inputs = new SelectionInputs(rs.getString("usage_band"), rs.getBigDecimal("access_trend"),
        rs.getInt("overdue_follow_ups"), rs.getInt("late_follow_ups"), (Integer) rs.getObject("meetings_missed", Integer.class),
        rs.getInt("overdue_remediation"), rs.getInt("open_remediation"));
    SelectionAction action = SelectionAction.valueOf(rs.getString("action"));
    Number supervision = (Number) rs.getObject("supervision_id");
    return new Selection(rs.getLong("id"), rs.getString("scope_code"), rs.getString("period"),
        rs.getString("organization_code"), rs.getString("name"), inputs, action, action.label(), rs.getString("reason"),
        rs.getInt("priority"), new SelectionDecision.Version(rs.getString("decision_key"),
            rs.getString("decision_definition_id"), rs.getInt("decision_version")),
        rs.getTimestamp("selected_at").toInstant(), rs.getString("selected_by"), supervision == null ? null : supervision.longValue(),
        rs.getBoolean("inspection_requested"));
  }
}
