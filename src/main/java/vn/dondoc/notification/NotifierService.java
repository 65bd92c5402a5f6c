package vn.dondoc.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the notifications: an in-app entry per known user and, when mail is on (there is a
 * {@link MailOutbox}) and the user has an address, an outbox row. Nothing is sent here.
 */
@Service
class NotifierService implements Notifier {

  private static final Logger log = LoggerFactory.getLogger(NotifierService.class);

  private final NotificationTemplates templates;
  private final AbsoluteLinks links;
  private final Recipients recipients;
  private final NotificationRepository notifications;
  private final Optional<MailOutbox> mail;
  private final Clock clock;

  NotifierService(NotificationTemplates templates, AbsoluteLinks links, Recipients recipients,
      NotificationRepository notifications, Optional<MailOutbox> mail, Clock clock) {
    this.templates = templates;
    this.links = links;
    this.recipients = recipients;
    this.notifications = notifications;
    this.mail = mail;
    this.clock = clock;
  }

  /** Joins the caller's transaction (a process step's), so the rows go or stay with the step. */
  @Override
  @Transactional
  public void notify(Collection<String> userIds, String template, Map<String, ?> values, String link) {
    templates.requireExists(template);
    Set<String> ids = new LinkedHashSet<>();
    userIds.stream().filter(id -> id != null && !id.isBlank()).forEach(ids::add);
    if (ids.isEmpty()) {
      return;
    }
    String absoluteLink = links.of(link);
    Map<String, Recipient> known = recipients.find(ids);
    Instant now = clock.instant();
    for (String userId : ids) {
      Recipient recipient = known.get(userId);
      if (recipient == null) {
        log.warn("Bỏ qua thông báo {}: không có người dùng {}", template, userId);
        continue;
      }
      RenderedNotification message = templates.render(template, values == null ? Map.of() : values,
          recipient.name(), absoluteLink);
      long notificationId = notifications.insert(userId, template, message, absoluteLink, now);
      if (recipient.hasEmail()) {
        mail.ifPresent(outbox -> outbox.enqueue(notificationId, recipient.email(), message, now));
      }
    }
  }
}
