package vn.dondoc.notification;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * dd_mail_outbox. A row is pending while it has a {@code next_attempt_at}, due once that has passed.
 *
 * <p>Several application nodes share the table. A sender claims a batch in a short transaction of
 * its own: {@code SELECT ... FOR UPDATE SKIP LOCKED} (PostgreSQL and H2 2.3 both run it) so that
 * two nodes never take the same rows, and moves the rows' {@code next_attempt_at} a lease ahead, so
 * that they stay taken after the commit while the mails go out, with no transaction or row lock
 * held during SMTP. A node that dies mid-batch leaves rows that fall due again when the lease runs
 * out: a mail may then go twice, never not at all.
 */
class MailOutbox {

  /** Rows per claim; with the SMTP timeouts of {@link MailTimeouts} a batch ends well within the lease. */
  static final int BATCH = 10;
  static final Duration LEASE = Duration.ofMinutes(15);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  MailOutbox(JdbcTemplate jdbc, TransactionTemplate transaction) {
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  /** In the caller's transaction: due at once. */
  void enqueue(long notificationId, String recipient, RenderedNotification message, Instant now) {
    jdbc.update("INSERT INTO dd_mail_outbox (notification_id, recipient, subject, body, attempts, next_attempt_at)"
        + " VALUES (?, ?, ?, ?, 0, ?)", notificationId, recipient, message.subject(), message.body(), Timestamp.from(now));
  }

  /**
   * Takes up to {@link #BATCH} due rows for this node. Ordered by id, which H2 walks on its primary
   * key: H2 applies the limit before skipping locked rows when it has to sort, and would then return
   * nothing while another node holds the first rows.
   */
  List<OutboxMail> claimDue(Instant now) {
    return transaction.execute(status -> {
      List<OutboxMail> due = jdbc.query("SELECT id, recipient, subject, body, attempts FROM dd_mail_outbox"
              + " WHERE next_attempt_at <= ? ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED",
          (rs, row) -> new OutboxMail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5)),
          Timestamp.from(now), BATCH);
      Timestamp leaseEnd = Timestamp.from(now.plus(LEASE));
      jdbc.batchUpdate("UPDATE dd_mail_outbox SET next_attempt_at = ? WHERE id = ?",
          due.stream().map(mail -> new Object[] {leaseEnd, mail.id()}).toList());
      return due;
    });
  }

  void sent(long id, int attempts, Instant at) {
    jdbc.update("UPDATE dd_mail_outbox SET sent_at = ?, attempts = ?, next_attempt_at = NULL WHERE id = ?",
        Timestamp.from(at), attempts, id);
  }

  /** @param nextAttemptAt {@code null} to give the mail up */
  void failed(long id, int attempts, String error, Instant nextAttemptAt) {
    jdbc.update("UPDATE dd_mail_outbox SET attempts = ?, last_error = ?, next_attempt_at = ? WHERE id = ?",
        attempts, error, nextAttemptAt == null ? null : Timestamp.from(nextAttemptAt), id);
  }
}
