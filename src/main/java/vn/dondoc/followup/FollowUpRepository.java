package vn.dondoc.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import vn.dondoc.platform.persistence.TransactionMemo;

/**
 * The follow-up tables. Every write is one statement: process steps call these inside their
 * transaction. {@link #find} is remembered for the rest of the transaction (a follow-up's steps read
 * it several times in one) and forgotten on every write.
 */
@Repository
public class FollowUpRepository {

  /** A recipient as publishing resolves it. */
  public record Recipient(String organizationCode, String scopeCode, String responsibleUserId) {
  }

  private static final String SELECT = "SELECT f.id, f.directive_id, f.organization_code, o.name, f.scope_code,"
      + " f.responsible_user_id, f.deadline, f.process_instance_id, f.acknowledged_at, f.reported_at, f.completed_at,"
      + " f.overdue_since, f.withdrawn_at FROM dd_follow_up f JOIN dd_organization o ON o.code = f.organization_code";
  private static final RowMapper<FollowUp> ROW = FollowUpRepository::map;

  private final JdbcTemplate jdbc;
  private final TransactionMemo<Long, Optional<FollowUp>> found = new TransactionMemo<>();

  FollowUpRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void open(long directiveId, List<Recipient> recipients, LocalDate deadline) {
    batchUpdate("INSERT INTO dd_follow_up (directive_id, organization_code, scope_code, responsible_user_id, deadline)"
            + " VALUES (?, ?, ?, ?, ?)",
        recipients.stream().map(r -> new Object[] {directiveId, r.organizationCode(), r.scopeCode(), r.responsibleUserId(),
            deadline}).toList());
  }


  public Optional<FollowUp> find(long id) {
    return found.get(id, key -> jdbc.query(SELECT + " WHERE f.id = ?", ROW, key).stream().findFirst());
  }


  public List<FollowUp> ofDirective(long directiveId) {
    return jdbc.query(SELECT + " WHERE f.directive_id = ? ORDER BY o.path", ROW, directiveId);
  }

  /** Ids of the directive's follow-ups with no process yet and not withdrawn, in order. */
  public List<Long> unstartedIds(long directiveId) {
    return jdbc.queryForList("SELECT id FROM dd_follow_up WHERE directive_id = ? AND process_instance_id IS NULL"
        + " AND withdrawn_at IS NULL ORDER BY id", Long.class, directiveId);
  }

  /**
   * The directive's follow-ups with ids from {@code fromId} to {@code toId} that have no process yet
   * and are not withdrawn, locked for the rest of the transaction: a withdrawal or an amendment
   * committing meanwhile is waited for (and its rows then left out or read anew), and one that comes
   * later waits for this batch's processes ({@link #lockOpen}).
   */
  public List<FollowUp> unstarted(long directiveId, long fromId, long toId) {
    jdbc.queryForList("SELECT id FROM dd_follow_up WHERE directive_id = ? AND id BETWEEN ? AND ?"
        + " AND process_instance_id IS NULL AND withdrawn_at IS NULL ORDER BY id FOR UPDATE", Long.class,
        directiveId, fromId, toId);
    return jdbc.query(SELECT + " WHERE f.directive_id = ? AND f.id BETWEEN ? AND ? AND f.process_instance_id IS NULL"
        + " AND f.withdrawn_at IS NULL ORDER BY f.id", ROW, directiveId, fromId, toId);
  }

  /** The follow-ups of organisations under any of the given paths ("/" for all), newest directive first. */
  public List<FollowUp> within(Collection<String> paths) {
    if (paths.isEmpty()) {
      return List.of();
    }
    return jdbc.query(SELECT + " WHERE " + String.join(" OR ", Collections.nCopies(paths.size(), "o.path LIKE ?"))
        + " ORDER BY f.directive_id DESC, o.path", ROW, paths.stream().map(p -> (Object) (p + "%")).toArray());
  }

  /** Follow-up id → its process instance, in one batch. */
  public void attachProcesses(Map<Long, String> processInstances) {
    batchUpdate("UPDATE dd_follow_up SET process_instance_id = ? WHERE id = ?",
        processInstances.entrySet().stream().map(e -> new Object[] {e.getValue(), e.getKey()}).toList());
  }

  public void acknowledged(long id, Instant at) {
    update("UPDATE dd_follow_up SET acknowledged_at = ? WHERE id = ?", Timestamp.from(at), id);
  }

  public void completed(long id, Instant at) {
    update("UPDATE dd_follow_up SET completed_at = ? WHERE id = ?", Timestamp.from(at), id);
  }

  public void overdue(long id, Instant since) {
    update("UPDATE dd_follow_up SET overdue_since = ? WHERE id = ?", since == null ? null : Timestamp.from(since), id);
  }

  public void withdrawn(long id, Instant at) {
    update("UPDATE dd_follow_up SET withdrawn_at = ? WHERE id = ?", Timestamp.from(at), id);
  }

  /**
   * Locks the directive's follow-ups not done yet, in id order as the batches lock theirs: a batch
   * still starting processes for some of them commits first, so what is read next names every
   * process to tell.
   */
  public void lockOpen(long directiveId) {
    jdbc.queryForList("SELECT id FROM dd_follow_up WHERE directive_id = ? AND completed_at IS NULL AND withdrawn_at IS NULL"
        + " ORDER BY id FOR UPDATE", Long.class, directiveId);
  }

  /** Every follow-up of the directive not done yet ends as withdrawn. */
  public void withdrawOpen(long directiveId, Instant at) {
    update("UPDATE dd_follow_up SET withdrawn_at = ? WHERE directive_id = ? AND completed_at IS NULL AND withdrawn_at IS NULL",
        Timestamp.from(at), directiveId);
  }

  public void responsible(long id, String userId) {
    update("UPDATE dd_follow_up SET responsible_user_id = ? WHERE id = ?", userId, id);
  }

  /** A new deadline for every open follow-up of the directive. */
  public void amendDeadline(long directiveId, LocalDate deadline) {
    update("UPDATE dd_follow_up SET deadline = ? WHERE directive_id = ? AND completed_at IS NULL AND withdrawn_at IS NULL",
        deadline, directiveId);
  }

  public int submitReport(long followUpId, String by, Instant at, String workDone, Integer accountsActivated,
      String difficulties, String proposals) {
    Integer last = jdbc.queryForObject("SELECT MAX(round) FROM dd_follow_up_report WHERE follow_up_id = ?", Integer.class, followUpId);
    int round = last == null ? 1 : last + 1;
    update("INSERT INTO dd_follow_up_report (follow_up_id, round, submitted_by, submitted_at, work_done, accounts_activated,"
        + " difficulties, proposals) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", followUpId, round, by, Timestamp.from(at), workDone,
        accountsActivated, difficulties, proposals);
    update("UPDATE dd_follow_up SET reported_at = ? WHERE id = ?", Timestamp.from(at), followUpId);
    return round;
  }

  /** Records the review of the latest report round. */
  public void review(long followUpId, String decision, String comment, String by, Instant at) {
    update("UPDATE dd_follow_up_report SET decision = ?, review_comment = ?, reviewed_by = ?, reviewed_at = ?"
        + " WHERE follow_up_id = ? AND round = (SELECT MAX(round) FROM dd_follow_up_report WHERE follow_up_id = ?)",
        decision, comment, by, Timestamp.from(at), followUpId, followUpId);
  }

  public List<FollowUpReport> reports(long followUpId) {
    return jdbc.query("SELECT round, submitted_by, submitted_at, work_done, accounts_activated, difficulties, proposals,"
            + " decision, review_comment, reviewed_by, reviewed_at FROM dd_follow_up_report WHERE follow_up_id = ? ORDER BY round",
        (rs, i) -> new FollowUpReport(rs.getInt(1), rs.getString(2), instant(rs, 3), rs.getString(4),
            (Integer) rs.getObject(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
            instant(rs, 11)), followUpId);
  }

  private static FollowUp map(ResultSet rs, int row) throws SQLException {
    return new FollowUp(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
        rs.getObject(7, LocalDate.class), rs.getString(8), instant(rs, 9), instant(rs, 10), instant(rs, 11), instant(rs, 12),
        instant(rs, 13));
  }

  private static Instant instant(ResultSet rs, int column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }

  private void update(String sql, Object... args) {
    found.forget();
    jdbc.update(sql, args);
  }

  private void batchUpdate(String sql, List<Object[]> args) {
    found.forget();
    jdbc.batchUpdate(sql, args);
  }
}
