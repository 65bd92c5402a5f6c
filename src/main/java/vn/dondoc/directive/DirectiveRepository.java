package vn.dondoc.directive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.dondoc.platform.persistence.TransactionMemo;

@Repository
public class DirectiveRepository {

  private final JdbcTemplate jdbc;
  private final TransactionMemo<Long, Optional<Header>> headers = new TransactionMemo<>();

  DirectiveRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  long insert(Directive d, String createdBy, Instant now) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var s = connection.prepareStatement("INSERT INTO dd_directive (number, issued_on, place, issuer_code, issuing_body,"
          + " subject, body, signer_name, signer_title, report_by, complete_by, reminder_days, overdue_reminder_cap, status,"
          + " created_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
      s.setString(1, d.number());
      s.setObject(2, d.issuedOn());
      s.setString(3, d.place());
      s.setString(4, d.issuerCode());
      s.setString(5, d.issuingBody());
      s.setString(6, d.subject());
      s.setString(7, d.body());
      s.setString(8, d.signerName());
      s.setString(9, d.signerTitle());
      s.setObject(10, d.reportBy());
      s.setObject(11, d.completeBy());
      s.setString(12, String.join(",", d.reminderDays().stream().map(String::valueOf).toList()));
      s.setInt(13, d.overdueReminderCap());
      s.setString(14, DirectiveStatus.DRAFT.name());
      s.setString(15, createdBy);
      s.setTimestamp(16, Timestamp.from(now));
      s.setTimestamp(17, Timestamp.from(now));
      return s;
    }, key);
    long id = key.getKey().longValue();
    batch("INSERT INTO dd_directive_requirement (directive_id, position, text) VALUES (?, ?, ?)", id, d.requirements());
    batch("INSERT INTO dd_directive_reference (directive_id, position, text) VALUES (?, ?, ?)", id, d.references());
    jdbc.batchUpdate("INSERT INTO dd_directive_target (directive_id, position, indicator, comparator, target_value, unit)"
        + " VALUES (?, ?, ?, ?, ?, ?)", IntStream.range(0, d.targets().size()).mapToObj(i -> new Object[] {id, i + 1,
        d.targets().get(i).indicator(), d.targets().get(i).comparator(), d.targets().get(i).value(), d.targets().get(i).unit()})
        .toList());
    jdbc.batchUpdate("INSERT INTO dd_directive_recipient (directive_id, organization_code, all_branches) VALUES (?, ?, ?)",
        d.recipients().stream().map(r -> new Object[] {id, r.organizationCode(), r.allBranches()}).toList());
    return id;
  }

  /** What a follow-up step needs of its directive, in one query: number, subject and reminder settings. */
  public record Header(String number, String subject, List<Integer> reminderDays, int overdueReminderCap) {
  }

  /** Remembered for the rest of the transaction: nothing changes these fields once the directive exists. */
  public Optional<Header> header(long id) {
    return headers.get(id, key -> jdbc.query("SELECT number, subject, reminder_days, overdue_reminder_cap FROM dd_directive"
        + " WHERE id = ?", (rs, i) -> new Header(rs.getString(1), rs.getString(2), reminderDays(rs.getString(3)), rs.getInt(4)),
        key).stream().findFirst());
  }

  public Optional<Directive> find(long id) {
    return jdbc.query("SELECT id, number, issued_on, place, issuer_code, issuing_body, subject, body, signer_name,"
        + " signer_title, report_by, complete_by, reminder_days, overdue_reminder_cap, status, process_instance_id"
        + " FROM dd_directive WHERE id = ?", (rs, i) -> map(rs), id).stream().findFirst();
  }

  /** Directives whose issuer lies under any of the given paths ("/" for all), newest first. */
  public List<Directive> issuedWithin(Collection<String> paths) {
    if (paths.isEmpty()) {
      return List.of();
    }
    return jdbc.query("SELECT d.id, d.number, d.issued_on, d.place, d.issuer_code, d.issuing_body, d.subject, d.body,"
        + " d.signer_name, d.signer_title, d.report_by, d.complete_by, d.reminder_days, d.overdue_reminder_cap, d.status,"
        + " d.process_instance_id FROM dd_directive d JOIN dd_organization o ON o.code = d.issuer_code WHERE "
        + String.join(" OR ", Collections.nCopies(paths.size(), "o.path LIKE ?")) + " ORDER BY d.id DESC",
        (rs, i) -> map(rs), paths.stream().map(path -> (Object) (path + "%")).toArray());
  }

  void attachProcess(long id, String processInstanceId) {
    jdbc.update("UPDATE dd_directive SET process_instance_id = ? WHERE id = ?", processInstanceId, id);
  }

  public void status(long id, DirectiveStatus status, Instant now) {
    jdbc.update("UPDATE dd_directive SET status = ?, updated_at = ? WHERE id = ?", status.name(), Timestamp.from(now), id);
  }

  void deadlines(long id, LocalDate reportBy, LocalDate completeBy, Instant now) {
    jdbc.update("UPDATE dd_directive SET report_by = ?, complete_by = ?, updated_at = ? WHERE id = ?",
        reportBy, completeBy, Timestamp.from(now), id);
  }

  private void batch(String sql, long id, List<String> texts) {
    jdbc.batchUpdate(sql, IntStream.range(0, texts.size()).mapToObj(i -> new Object[] {id, i + 1, texts.get(i)}).toList());
  }

  private Directive map(ResultSet rs) throws SQLException {
    long id = rs.getLong("id");
    return new Directive(id, rs.getString("number"), rs.getObject("issued_on", LocalDate.class), rs.getString("place"),
        rs.getString("issuer_code"), rs.getString("issuing_body"), rs.getString("subject"), rs.getString("body"),
        rs.getString("signer_name"), rs.getString("signer_title"), rs.getObject("report_by", LocalDate.class),
        rs.getObject("complete_by", LocalDate.class),
        reminderDays(rs.getString("reminder_days")),
        rs.getInt("overdue_reminder_cap"), DirectiveStatus.valueOf(rs.getString("status")), rs.getString("process_instance_id"),
        texts("SELECT text FROM dd_directive_requirement WHERE directive_id = ? ORDER BY position", id),
        jdbc.query("SELECT indicator, comparator, target_value, unit FROM dd_directive_target WHERE directive_id = ? ORDER BY position",
            (t, i) -> new Directive.Target(t.getString(1), t.getString(2), t.getBigDecimal(3), t.getString(4)), id),
        texts("SELECT text FROM dd_directive_reference WHERE directive_id = ? ORDER BY position", id),
        jdbc.query("SELECT organization_code, all_branches FROM dd_directive_recipient WHERE directive_id = ? ORDER BY organization_code",
            (r, i) -> new Directive.Recipient(r.getString(1), r.getBoolean(2)), id));
  }

  private static List<Integer> reminderDays(String text) {
    return Arrays.stream(text.split(",")).filter(s -> !s.isBlank()).map(Integer::valueOf).toList();
  }

  private List<String> texts(String sql, long id) {
    return jdbc.queryForList(sql, String.class, id);
  }
}
