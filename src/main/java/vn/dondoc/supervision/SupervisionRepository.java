package vn.dondoc.supervision;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** {@code dd_supervision} and its findings; each write is one statement inside the caller's transaction. */
@Repository
class SupervisionRepository {

  private static final String SELECT = "SELECT s.*, o.name FROM dd_supervision s"
      + " JOIN dd_organization o ON o.code = s.organization_code";
  private static final RowMapper<Supervision> ROW = SupervisionRepository::map;

  private final JdbcTemplate jdbc;

  SupervisionRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  long insert(SupervisionKind kind, String scopeCode, String organizationCode, Period period, String subject,
      LocalDate dueOn, SupervisionStatus status, String createdBy, Instant at) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("INSERT INTO dd_supervision (kind, scope_code, organization_code, period,"
          + " subject, due_on, status, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
      statement.setString(1, kind.name());
      statement.setString(2, scopeCode);
      statement.setString(3, organizationCode);
      statement.setString(4, period.code());
      statement.setString(5, subject);
      statement.setObject(6, dueOn == null ? null : Date.valueOf(dueOn));
      statement.setString(7, status.name());
      statement.setString(8, createdBy);
      statement.setTimestamp(9, Timestamp.from(at));
      return statement;
    }, key);
    return key.getKey().longValue();
  }

  void started(long id, String processInstanceId) {
    jdbc.update("UPDATE dd_supervision SET process_instance_id = ? WHERE id = ?", processInstanceId, id);
  }

  void planned(long id, String subject, String plan, LocalDate dueOn) {
    jdbc.update("UPDATE dd_supervision SET subject = ?, plan = ?, due_on = ?, status = ? WHERE id = ?", subject, plan,
        Date.valueOf(dueOn), SupervisionStatus.AWAITING_APPROVAL.name(), id);
  }

  void decided(long id, SupervisionStatus status, String returnComment, String approvedBy) {
    jdbc.update("UPDATE dd_supervision SET status = ?, return_comment = ?, approved_by = ? WHERE id = ?", status.name(),
        returnComment, approvedBy, id);
  }

  void concluded(long id, ConclusionOutcome outcome, String conclusion, LocalDate on, long conclusionId) {
    jdbc.update("UPDATE dd_supervision SET status = ?, outcome = ?, conclusion = ?, concluded_on = ?, conclusion_id = ?"
        + " WHERE id = ?", SupervisionStatus.CONCLUDED.name(), outcome.name(), conclusion, Date.valueOf(on), conclusionId, id);
  }

  /** The evaluation's row: an approved conclusion of a supervision (kind SUPERVISION). */
  long insertConclusion(String organizationCode, ConclusionOutcome outcome, LocalDate on, String reference) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("INSERT INTO dd_inspection_conclusion (organization_code, kind, outcome,"
          + " concluded_on, reference) VALUES (?, 'SUPERVISION', ?, ?, ?)", new String[] {"id"});
      statement.setString(1, organizationCode);
      statement.setString(2, outcome.name());
      statement.setDate(3, Date.valueOf(on));
      statement.setString(4, reference);
      return statement;
    }, key);
    return key.getKey().longValue();
  }

  void addFinding(long supervisionId, String organizationCode, Supervision.Activity activity, String text, String by,
      Instant at) {
    jdbc.update("INSERT INTO dd_supervision_finding (supervision_id, organization_code, activity, text, recorded_by,"
        + " recorded_at) VALUES (?, ?, ?, ?, ?, ?)", supervisionId, organizationCode, activity.name(), text, by,
        Timestamp.from(at));
  }

  Optional<Supervision> find(long id) {
    return jdbc.query(SELECT + " WHERE s.id = ?", ROW, id).stream().findFirst()
        .map(s -> s.withFindings(jdbc.query("SELECT f.*, o.name FROM dd_supervision_finding f JOIN dd_organization o"
            + " ON o.code = f.organization_code WHERE f.supervision_id = ? ORDER BY f.id", SupervisionRepository::finding, id)));
  }

  /** Supervisions of organisations under the path, newest first; only open ones when asked. */
  List<Supervision> within(String path, boolean onlyOpen) {
    return jdbc.query(SELECT + " WHERE o.path LIKE ?" + (onlyOpen ? " AND s.status <> 'CONCLUDED'" : "")
        + " ORDER BY s.created_at DESC, s.id DESC", ROW, path + "%");
  }

  /** Organisations under the path with a supervision not yet concluded. */
  Set<String> withOpen(String path) {
    return new HashSet<>(jdbc.queryForList("SELECT DISTINCT s.organization_code FROM dd_supervision s"
        + " JOIN dd_organization o ON o.code = s.organization_code WHERE o.path LIKE ? AND s.status <> 'CONCLUDED'",
        String.class, path + "%"));
  }

  boolean hasRegular(String scopeCode, Period period) {
    Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM dd_supervision WHERE scope_code = ? AND period = ?"
        + " AND kind = 'REGULAR'", Integer.class, scopeCode, period.code());
    return count != null && count > 0;
  }

  /** Committees with a regular supervision of the period. */
  Set<String> withRegular(Period period) {
    return new HashSet<>(jdbc.queryForList("SELECT scope_code FROM dd_supervision WHERE period = ? AND kind = 'REGULAR'",
        String.class, period.code()));
  }

  private static Supervision map(ResultSet rs, int row) throws SQLException {
    SupervisionKind kind = SupervisionKind.valueOf(rs.getString("kind"));
    SupervisionStatus status = SupervisionStatus.valueOf(rs.getString("status"));
    Period period = Period.parse(rs.getString("period"), "period");
    Date dueOn = rs.getDate("due_on");
    Date concludedOn = rs.getDate("concluded_on");
    String outcome = rs.getString("outcome");
    return new Supervision(rs.getLong("id"), kind, kind.label(), rs.getString("scope_code"), rs.getString("organization_code"),
        rs.getString("name"), period.code(), period.label(), rs.getString("subject"), rs.getString("plan"),
        dueOn == null ? null : dueOn.toLocalDate(), status, status.label(), rs.getString("return_comment"),
        outcome == null ? null : ConclusionOutcome.valueOf(outcome), rs.getString("conclusion"),
        concludedOn == null ? null : concludedOn.toLocalDate(), rs.getString("process_instance_id"),
        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), List.of());
  }

  private static Supervision.Finding finding(ResultSet rs, int row) throws SQLException {
    Supervision.Activity activity = Supervision.Activity.valueOf(rs.getString("activity"));
    return new Supervision.Finding(rs.getLong("id"), rs.getString("organization_code"), rs.getString("name"), activity,
        activity.label(), rs.getString("text"), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
  }
}
