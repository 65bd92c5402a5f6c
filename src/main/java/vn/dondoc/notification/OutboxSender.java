package vn.dondoc.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Drains the outbox: every {@code dondoc.mail.poll-interval} it claims due mails batch by batch,
 * sends each as a UTF-8 plain-text mail, and records the outcome; a failure is retried on
 * {@link RetrySchedule}. It runs outside every process transaction, so SMTP never holds up a step.
 */
class OutboxSender {

  private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
  /** The size of dd_mail_outbox.last_error. */
  private static final int MAX_ERROR = 2000;

  private final MailOutbox outbox;
  private final JavaMailSender mailSender;
  private final Clock clock;
  private final String from;

  OutboxSender(MailOutbox outbox, JavaMailSender mailSender, Clock clock, String from) {
    this.outbox = outbox;
    this.mailSender = mailSender;
    this.clock = clock;
    this.from = from;
  }

  @Scheduled(fixedDelayString = "${dondoc.mail.poll-interval:10s}")
  void sendDue() {
    List<OutboxMail> batch;
    do {
      batch = outbox.claimDue(clock.instant());
      batch.forEach(this::deliver);
    } while (batch.size() == MailOutbox.BATCH);
  }

  private void deliver(OutboxMail mail) {
    int attempt = mail.attempts() + 1;
    try {
      mailSender.send(message(mail));
    } catch (MessagingException | RuntimeException e) {
      Optional<Duration> retry = RetrySchedule.delayAfter(attempt);
      outbox.failed(mail.id(), attempt, describe(e), retry.map(clock.instant()::plus).orElse(null));
      if (retry.isPresent()) {
        log.warn("Gửi thư #{} đến {} không thành công (lần {}), sẽ thử lại sau {}: {}",
            mail.id(), mail.recipient(), attempt, retry.get(), e.getMessage());
      } else {
        log.error("Bỏ thư #{} đến {} sau {} lần gửi không thành công: {}",
            mail.id(), mail.recipient(), attempt, e.getMessage());
      }
      return;
    }
    outbox.sent(mail.id(), attempt, clock.instant());
  }

  private MimeMessage message(OutboxMail mail) throws MessagingException {
    MimeMessage message = mailSender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
    helper.setFrom(from);
    helper.setTo(mail.recipient());
    helper.setSubject(mail.subject());
    helper.setText(mail.body(), false);
    helper.setSentDate(Date.from(clock.instant()));
    return message;
  }

  /** The exception and, when it says more, its root cause ("Connection refused"). */
  private static String describe(Exception e) {
    String text = e.getClass().getSimpleName() + ": " + e.getMessage();
    Throwable root = NestedExceptionUtils.getMostSpecificCause(e);
    if (root != e && root.getMessage() != null && !text.contains(root.getMessage())) {
      text += " (" + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
    }
    return text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR - 1) + "…";
  }
}
