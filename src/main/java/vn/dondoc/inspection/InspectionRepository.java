package vn.dondoc.inspection;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The inspection tables, and the two rows per conclusion the evaluation reads. Every write is one statement or batch. */
@Repository
public class InspectionRepository {

  /** A stored file with its content, for download. */
  public record StoredFile(EvidenceFile file, byte[] content) {
  }

  private static final String SELECT = "SELECT i.*, o.name AS organization_name FROM dd_inspection i"
      + " JOIN dd_organization o ON o.code = i.organization_code";
  private static final String SELECT_ACTION = "SELECT a.*, i.organization_code FROM dd_inspection_action a"
      + " JOIN dd_inspection i ON i.id = a.inspection_id";
  private static final String FILE_COLUMNS = "id, finding_id, file_name, media_type, size_bytes, uploaded_by, uploaded_at";

  private final JdbcTemplate jdbc;

  InspectionRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public long insert(String organizationCode, String scopeCode, Origin origin, String originRef, String requestedBy,
      Instant at) {
    return insertReturningId("INSERT INTO dd_inspection (organization_code, scope_code, origin, origin_ref, requested_by,"
        + " requested_at, step) VALUES (?, ?, ?, ?, ?, ?, ?)", organizationCode, scopeCode, origin.name(), originRef,
        requestedBy, Timestamp.from(at), InspectionStep.PREPARE.name());
  }

  public void attachProcess(long id, String processInstanceId) {
    update("UPDATE dd_inspection SET process_instance_id = ? WHERE id = ?", processInstanceId, id);
  }

  public Optional<Inspection> find(long id) {
    return jdbc.query(SELECT + " WHERE i.id = ?", InspectionRepository::inspection, id).stream().findFirst();
  }

  public Optional<Inspection> ofProcessInstance(String processInstanceId) {
    return jdbc.query(SELECT + " WHERE i.process_instance_id = ?", InspectionRepository::inspection, processInstanceId)
        .stream().findFirst();
  }

  /** The inspections of organisations under the path, newest first. */
  public List<Inspection> within(String path) {
    return jdbc.query(SELECT + " WHERE o.path LIKE ? ORDER BY i.id DESC", InspectionRepository::inspection, path + "%");
  }

  public void plan(long id, String content, List<String> team, LocalDate selfReportDue) {
    update("UPDATE dd_inspection SET plan_content = ?, team = ?, self_report_due = ? WHERE id = ?", content,
        String.join(",", team), selfReportDue, id);
  }

  public void planReturned(long id, String by, String comment) {
    update("UPDATE dd_inspection SET plan_approved_by = ?, plan_comment = ? WHERE id = ?", by, comment, id);
  }

  public void decided(long id, String by, String comment, LocalDate decidedOn, int timeLimitDays) {
    update("UPDATE dd_inspection SET plan_approved_by = ?, plan_comment = ?, decided_on = ?, time_limit_days = ?,"
        + " step = ? WHERE id = ?", by, comment, decidedOn, timeLimitDays, InspectionStep.CONDUCT.name(), id);
  }

  public void extend(long id, int days, String reason, String by) {
    update("UPDATE dd_inspection SET extension_days = ?, extension_reason = ?, extended_by = ? WHERE id = ?", days, reason,
        by, id);
  }

  public void selfReport(long id, String text, Instant at) {
    update("UPDATE dd_inspection SET self_report = ?, self_reported_at = ? WHERE id = ?", text, Timestamp.from(at), id);
  }

  public void selfReportOverdue(long id, Instant since) {
    update("UPDATE dd_inspection SET self_report_overdue_since = ? WHERE id = ?", Timestamp.from(since), id);
  }

  public void verified(long id, String note) {
    update("UPDATE dd_inspection SET verification_note = ?, step = ? WHERE id = ?", note, InspectionStep.CONCLUDE.name(), id);
  }

  public void proposeConclusion(long id, String teamReport, Outcome outcome) {
    update("UPDATE dd_inspection SET team_report = ?, outcome = ? WHERE id = ?", teamReport, outcome.name(), id);
  }

  public void conclusionReturned(long id, String comment) {
    update("UPDATE dd_inspection SET conclusion_comment = ? WHERE id = ?", comment, id);
  }

  /**
   * The approved conclusion: its row for the evaluation, one remediation row per proposed action
   * (which opens for follow-up), and the inspection's next step. Returns the ids of the opened actions.
   */
  public List<Long> conclude(Inspection inspection, LocalDate concludedOn, String comment) {
    long conclusionId = insertReturningId("INSERT INTO dd_inspection_conclusion (organization_code, kind, outcome,"
        + " concluded_on, reference) VALUES (?, 'INSPECTION', ?, ?, ?)", inspection.organizationCode(),
        inspection.outcome().name(), concludedOn, inspection.reference());
    List<RemediationAction> actions = actions(inspection.id());
    for (RemediationAction action : actions) {
      long remediationId = insertReturningId("INSERT INTO dd_inspection_remediation (conclusion_id, organization_code,"
          + " action, due_on) VALUES (?, ?, ?, ?)", conclusionId, inspection.organizationCode(), action.action(),
          action.dueOn());
      update("UPDATE dd_inspection_action SET remediation_id = ?, status = ? WHERE id = ?", remediationId,
          ActionStatus.OPEN.name(), action.id());
    }
    update("UPDATE dd_inspection SET conclusion_id = ?, conclusion_comment = ?, step = ? WHERE id = ?", conclusionId,
        comment, (actions.isEmpty() ? InspectionStep.CLOSED : InspectionStep.REMEDIATION).name(), inspection.id());
    return actions.stream().map(RemediationAction::id).toList();
  }

  public void close(long id, Instant at) {
    update("UPDATE dd_inspection SET step = ?, closed_at = ? WHERE id = ?", InspectionStep.CLOSED.name(), Timestamp.from(at),
        id);
  }

  public long insertFinding(long inspectionId, String organizationCode, String period, Severity severity,
      String description, String by, Instant at) {
    return insertReturningId("INSERT INTO dd_inspection_finding (inspection_id, organization_code, period, severity,"
        + " description, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)", inspectionId, organizationCode, period,
        severity.name(), description, by, Timestamp.from(at));
  }

  public int countFindings(long inspectionId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM dd_inspection_finding WHERE inspection_id = ?", Integer.class,
        inspectionId);
  }

  public List<Finding> findings(long inspectionId) {
    Map<Long, List<EvidenceFile>> files = files(inspectionId).stream().filter(f -> f.findingId() != null)
        .collect(Collectors.groupingBy(EvidenceFile::findingId));
    return jdbc.query("SELECT * FROM dd_inspection_finding WHERE inspection_id = ? ORDER BY id", (rs, n) -> new Finding(
        rs.getLong("id"), rs.getLong("inspection_id"), rs.getString("organization_code"), rs.getString("period"),
        Severity.valueOf(rs.getString("severity")), rs.getString("description"), rs.getString("recorded_by"),
        instant(rs, "recorded_at"), files.getOrDefault(rs.getLong("id"), List.of())), inspectionId);
  }

  public long insertFile(long inspectionId, Long findingId, String fileName, String mediaType, byte[] content, String by,
      Instant at) {
    return insertReturningId("INSERT INTO dd_inspection_file (inspection_id, finding_id, file_name, media_type, size_bytes,"
        + " content, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", inspectionId, findingId, fileName,
        mediaType, content.length, content, by, Timestamp.from(at));
  }

  public List<EvidenceFile> files(long inspectionId) {
    return jdbc.query("SELECT " + FILE_COLUMNS + " FROM dd_inspection_file WHERE inspection_id = ? ORDER BY id",
        InspectionRepository::file, inspectionId);
  }

  public Optional<StoredFile> file(long inspectionId, long fileId) {
    return jdbc.query("SELECT " + FILE_COLUMNS + ", content FROM dd_inspection_file WHERE inspection_id = ? AND id = ?",
        (rs, n) -> new StoredFile(file(rs, n), rs.getBytes("content")), inspectionId, fileId).stream().findFirst();
  }

  public long insertAction(long inspectionId, String action, LocalDate dueOn) {
    return insertReturningId("INSERT INTO dd_inspection_action (inspection_id, action, due_on, status) VALUES (?, ?, ?, ?)",
        inspectionId, action, dueOn, ActionStatus.PROPOSED.name());
  }

  public void deleteProposedAction(long inspectionId, long actionId) {
    update("DELETE FROM dd_inspection_action WHERE inspection_id = ? AND id = ? AND status = ?", inspectionId, actionId,
        ActionStatus.PROPOSED.name());
  }

  public List<RemediationAction> actions(long inspectionId) {
    return jdbc.query(SELECT_ACTION + " WHERE a.inspection_id = ? ORDER BY a.id", InspectionRepository::action,
        inspectionId);
  }

  /** The actions of every inspection of organisations under the path, by inspection, in one query. */
  public Map<Long, List<RemediationAction>> actionsWithin(String path) {
    return jdbc.query(SELECT_ACTION + " JOIN dd_organization o ON o.code = i.organization_code WHERE o.path LIKE ?"
        + " ORDER BY a.id", InspectionRepository::action, path + "%").stream()
        .collect(Collectors.groupingBy(RemediationAction::inspectionId));
  }

  public Optional<RemediationAction> action(long actionId) {
    return jdbc.query(SELECT_ACTION + " WHERE a.id = ?", InspectionRepository::action, actionId).stream().findFirst();
  }

  public void actionReported(long actionId, String report, Instant at) {
    update("UPDATE dd_inspection_action SET report = ?, reported_at = ?, status = ? WHERE id = ?", report,
        Timestamp.from(at), ActionStatus.SUBMITTED.name(), actionId);
  }

  public void actionRejected(long actionId, String comment) {
    update("UPDATE dd_inspection_action SET rejection_comment = ?, rejections = rejections + 1, status = ? WHERE id = ?",
        comment, ActionStatus.REJECTED.name(), actionId);
  }

  /** Verified: the action's status here, and the day in the evaluation's remediation row. */
  public void actionVerified(RemediationAction action, String by, LocalDate on) {
    update("UPDATE dd_inspection_action SET verified_by = ?, status = ? WHERE id = ?", by, ActionStatus.VERIFIED.name(),
        action.id());
    update("UPDATE dd_inspection_remediation SET verified_on = ? WHERE id = ?", on, action.remediationId());
  }

  public void actionOverdue(long actionId, Instant since) {
    update("UPDATE dd_inspection_action SET overdue_since = ? WHERE id = ?", Timestamp.from(since), actionId);
  }

  private long insertReturningId(String sql, Object... args) {
    GeneratedKeyHolder keys = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement(sql, new String[] {"id"});
      for (int i = 0; i < args.length; i++) {
        statement.setObject(i + 1, args[i]);
      }
      return statement;
    }, keys);
    return keys.getKey().longValue();
  }

  private void update(String sql, Object... args) {
    jdbc.update(sql, args);
  }

  private static Inspection inspection(ResultSet rs, int row) throws SQLException {
    String team = rs.getString("team");
    String outcome = rs.getString("outcome");
    return new Inspection(rs.getLong("id"), rs.getString("organization_code"), rs.getString("organization_name"),
        rs.getString("scope_code"), Origin.valueOf(rs.getString("origin")), rs.getString("origin_ref"),
        rs.getString("requested_by"), instant(rs, "requested_at"), InspectionStep.valueOf(rs.getString("step")),
        rs.getString("process_instance_id"), rs.getString("plan_content"),
        team == null || team.isBlank() ? List.of() : Arrays.asList(team.split(",")), rs.getObject("self_report_due",
        LocalDate.class), rs.getObject("decided_on", LocalDate.class), (Integer) rs.getObject("time_limit_days"),
        rs.getInt("extension_days"), rs.getString("extension_reason"), rs.getString("self_report"),
        instant(rs, "self_reported_at"), instant(rs, "self_report_overdue_since"), rs.getString("team_report"),
        outcome == null ? null : Outcome.valueOf(outcome), (Long) rs.getObject("conclusion_id", Long.class),
        instant(rs, "closed_at"));
  }

  private static EvidenceFile file(ResultSet rs, int row) throws SQLException {
    return new EvidenceFile(rs.getLong("id"), rs.getObject("finding_id", Long.class), rs.getString("file_name"),
        rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("uploaded_by"), instant(rs, "uploaded_at"));
  }

  private static RemediationAction action(ResultSet rs, int row) throws SQLException {
    return new RemediationAction(rs.getLong("id"), rs.getLong("inspection_id"), rs.getString("organization_code"),
        rs.getString("action"), rs.getObject("due_on", LocalDate.class), ActionStatus.valueOf(rs.getString("status")),
        rs.getString("report"), instant(rs, "reported_at"), rs.getString("rejection_comment"), rs.getInt("rejections"),
        instant(rs, "overdue_since"), rs.getObject("remediation_id", Long.class));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }
}
