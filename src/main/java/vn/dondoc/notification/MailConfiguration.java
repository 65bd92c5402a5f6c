package vn.dondoc.notification;

import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one place that decides whether Đôn đốc sends e-mail: only when {@code spring.mail.host} is
 * set (the same condition as Spring Boot's {@code JavaMailSender}). Without it there is no
 * {@link MailOutbox}, so no outbox rows are written, and no sender polls; in-app entries are
 * written either way.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
@EnableScheduling
class MailConfiguration {

  @Bean
  MailOutbox mailOutbox(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    return new MailOutbox(jdbc, new TransactionTemplate(transactionManager));
  }

  @Bean
  OutboxSender outboxSender(MailOutbox outbox, JavaMailSender mailSender, Clock clock,
      @Value("${dondoc.mail.from:dondoc@localhost}") String from) {
    return new OutboxSender(outbox, mailSender, clock, from);
  }

  /** Static: a post-processor must not wait for this configuration's other beans. */
  @Bean
  static MailTimeouts mailTimeouts() {
    return new MailTimeouts();
  }
}
