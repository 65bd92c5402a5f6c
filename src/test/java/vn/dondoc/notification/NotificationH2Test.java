package vn.dondoc.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dondoc.testsupport.Http;
import vn.dondoc.testsupport.TestProperties;

/**
 * The embedded default database, H2 in PostgreSQL mode, runs the notification tables and the
 * outbox claim ({@code FOR UPDATE SKIP LOCKED}) as PostgreSQL does: a mail goes out end to end.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:dondoc-notification-tests;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "dondoc.admin.user=qtv",
    "dondoc.admin.password=kiem-thu-thong-bao",
    "dondoc.mail.poll-interval=100ms",
    TestProperties.USAGE_HASH_KEY})
@ActiveProfiles("notification-test")
class NotificationH2Test {

  static final int SMTP_PORT = freePort();
  static final GreenMail SMTP = startSmtp();

  @DynamicPropertySource
  static void mail(DynamicPropertyRegistry registry) {
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
  }

  @LocalServerPort
  int port;
  @Autowired
  Notifier notifier;
  @Autowired
  JdbcTemplate jdbc;

  @AfterAll
  static void stopSmtp() {
    SMTP.stop();
  }

  @Test
  void aNotificationIsStoredAndMailedOnH2() throws Exception {
    NotificationUsers.create(Http.basic(port, "qtv", "kiem-thu-thong-bao"), "nt.h2.an", "Nguyễn Văn", "An",
        "nt.h2.an@dondoc.example.vn", "mat-khau-thu");

    notifier.notify(List.of("nt.h2.an"), "followup-reminder", Map.of("directiveNumber", "15-CV/ĐU",
        "directiveSubject", "triển khai ứng dụng", "branchName", "Chi bộ bản Mới", "deadline", LocalDate.of(2025, 3, 31),
        "daysLeft", 2), "/camunda/app/tasklist/default/#/?task=t-h2");

    await().atMost(Duration.ofSeconds(15)).until(() -> SMTP.getReceivedMessages().length == 1);
    assertThat(SMTP.getReceivedMessages()[0].getSubject())
        .isEqualTo("Nhắc hạn: còn 2 ngày nữa đến hạn báo cáo văn bản số 15-CV/ĐU");
    await().atMost(Duration.ofSeconds(5)).until(() -> jdbc.queryForObject(
        "SELECT COUNT(*) FROM dd_mail_outbox WHERE sent_at IS NOT NULL AND next_attempt_at IS NULL", Integer.class) == 1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dd_notification WHERE user_id = 'nt.h2.an'", Integer.class))
        .isEqualTo(1);
  }

  private static GreenMail startSmtp() {
    GreenMail server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    return server;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
