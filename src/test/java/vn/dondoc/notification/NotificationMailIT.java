package vn.dondoc.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dondoc.testsupport.PostgresApplicationTest;
import vn.dondoc.testsupport.TestSmtp;

/**
 * Notifications with mail on, against a real SMTP server in the test (GreenMail on a free port):
 * the in-app entries and the mails, a rolled-back step leaving nothing, and a mail server that is
 * down, which neither fails the step nor loses the mail.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationMailIT extends PostgresApplicationTest {

  static final String FROM = TestSmtp.FROM;
  static final String TASK = "/camunda/app/tasklist/default/#/?task=t-nt-1";
  static final Map<String, Object> DIRECTIVE = Map.of(
      "directiveNumber", "15-CV/ĐU",
      "directiveSubject", "triển khai ứng dụng Sổ tay đảng viên điện tử",
      "branchName", "Chi bộ bản Lũng Thàng",
      "deadline", LocalDate.of(2025, 3, 31),
      "daysOverdue", 2);

  @Autowired
  Notifier notifier;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  PlatformTransactionManager transactionManager;
  /** The application's clock (the engine's): due times are compared with it, not with the wall clock. */
  @Autowired
  Clock clock;

  @BeforeAll
  void users() {
    NotificationUsers.create(asAdmin(), "nt.mail.an", "Nguyễn Văn", "An", "nt.an@dondoc.example.vn", PASSWORD);
    NotificationUsers.create(asAdmin(), "nt.mail.binh", "Trần Thị", "Bình", null, PASSWORD);
    NotificationUsers.create(asAdmin(), "nt.mail.chi", "Lò Văn", "Chí", "nt.chi@dondoc.example.vn", PASSWORD);
    NotificationUsers.create(asAdmin(), "nt.mail.dung", "Vàng A", "Dũng", "nt.dung@dondoc.example.vn", PASSWORD);
  }

  @Test
  void everyKnownUserGetsAnEntryAndThoseWithAnAddressAUtf8Mail() throws Exception {
    inTransaction(() -> notifier.notify(List.of("nt.mail.an", "nt.mail.binh", "nt.mail.unknown", "nt.mail.an"),
        "followup-assigned", DIRECTIVE, TASK));

    assertThat(entries("nt.mail.an")).isEqualTo(1);
    assertThat(entries("nt.mail.binh")).isEqualTo(1);
    assertThat(entries("nt.mail.unknown")).isZero();
    assertThat(jdbc.queryForObject("SELECT subject FROM dd_notification WHERE user_id = 'nt.mail.binh'", String.class))
        .isEqualTo("Giao thực hiện văn bản số 15-CV/ĐU, hạn báo cáo 31/03/2025");
    assertThat(jdbc.queryForObject("SELECT link FROM dd_notification WHERE user_id = 'nt.mail.an'", String.class))
        .isEqualTo("https://dondoc.example.vn" + TASK);
    assertThat(outboxRows("nt.mail.binh")).as("không có địa chỉ thư, không có thư").isZero();

    MimeMessage mail = awaitMailTo("nt.an@dondoc.example.vn");
    assertThat(mail.getSubject()).isEqualTo("Giao thực hiện văn bản số 15-CV/ĐU, hạn báo cáo 31/03/2025");
    assertThat(mail.getHeader("Subject")[0]).startsWithIgnoringCase("=?UTF-8?");
    assertThat(mail.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("charset=UTF-8");
    assertThat(mail.getFrom()[0].toString()).isEqualTo(FROM);
    assertThat((String) mail.getContent())
        .contains("Kính gửi: Đồng chí Nguyễn Văn An", "Chi bộ bản Lũng Thàng", "31/03/2025", "https://dondoc.example.vn" + TASK);
    await().atMost(Duration.ofSeconds(10)).until(() -> sentAt("nt.mail.an") != null);
    assertThat(TestSmtp.mailsTo("nt.an@dondoc.example.vn")).as("một người, một thư, dù có tên hai lần").hasSize(1);
  }

  @Test
  void aStepThatRollsBackLeavesNoNotification() {
    TransactionTemplate transaction = new TransactionTemplate(transactionManager);
    transaction.executeWithoutResult(status -> {
      notifier.notify(List.of("nt.mail.chi"), "followup-overdue", DIRECTIVE, TASK);
      assertThat(entries("nt.mail.chi")).as("written in the caller's transaction").isEqualTo(1);
      assertThat(outboxRows("nt.mail.chi")).isEqualTo(1);
      status.setRollbackOnly();
    });

    assertThat(entries("nt.mail.chi")).isZero();
    assertThat(outboxRows("nt.mail.chi")).as("no outbox row, so no mail can ever go").isZero();
  }

  @Test
  void aMailServerThatIsDownNeitherFailsTheStepNorLosesTheMail() throws Exception {
    TestSmtp.stop();
    try {
      inTransaction(() -> notifier.notify(List.of("nt.mail.dung"), "followup-overdue", DIRECTIVE, TASK));
      assertThat(entries("nt.mail.dung")).isEqualTo(1);

      await().atMost(Duration.ofSeconds(10)).until(() -> outbox("nt.mail.dung").get("last_error") != null);
      Map<String, Object> failed = outbox("nt.mail.dung");
      assertThat(failed.get("attempts")).isEqualTo(1);
      assertThat(failed.get("sent_at")).isNull();
      assertThat((String) failed.get("last_error")).containsIgnoringCase("connect");
      Instant notifiedAt = jdbc.queryForObject("SELECT created_at FROM dd_notification WHERE user_id = 'nt.mail.dung'",
          Timestamp.class).toInstant();
      assertThat(((Timestamp) failed.get("next_attempt_at")).toInstant())
          .as("first retry a minute after the failure")
          .isBetween(notifiedAt.plusSeconds(60), notifiedAt.plusSeconds(75));
    } finally {
      TestSmtp.restart();
    }

    // The minute is not waited out: the retry is made due now.
    jdbc.update("UPDATE dd_mail_outbox SET next_attempt_at = ? WHERE recipient = ?",
        Timestamp.from(clock.instant().minusSeconds(1)), "nt.dung@dondoc.example.vn");
    MimeMessage mail = awaitMailTo("nt.dung@dondoc.example.vn");
    assertThat(mail.getSubject()).isEqualTo("Đã quá hạn 2 ngày: báo cáo văn bản số 15-CV/ĐU");
    await().atMost(Duration.ofSeconds(10)).until(() -> sentAt("nt.mail.dung") != null);
    Map<String, Object> sent = outbox("nt.mail.dung");
    assertThat(sent.get("attempts")).isEqualTo(2);
    assertThat(sent.get("next_attempt_at")).isNull();
    assertThat(TestSmtp.mailsTo("nt.dung@dondoc.example.vn")).hasSize(1);
  }

  private void inTransaction(Runnable work) {
    new TransactionTemplate(transactionManager).executeWithoutResult(status -> work.run());
  }

  private int entries(String userId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM dd_notification WHERE user_id = ?", Integer.class, userId);
  }

  private int outboxRows(String userId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM dd_mail_outbox o JOIN dd_notification n ON n.id = o.notification_id"
        + " WHERE n.user_id = ?", Integer.class, userId);
  }

  private Map<String, Object> outbox(String userId) {
    return jdbc.queryForMap("SELECT o.* FROM dd_mail_outbox o JOIN dd_notification n ON n.id = o.notification_id"
        + " WHERE n.user_id = ?", userId);
  }

  private Object sentAt(String userId) {
    return outbox(userId).get("sent_at");
  }

  private MimeMessage awaitMailTo(String address) {
    await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100)).until(() -> !TestSmtp.mailsTo(address).isEmpty());
    return TestSmtp.mailsTo(address).get(0);
  }
}
