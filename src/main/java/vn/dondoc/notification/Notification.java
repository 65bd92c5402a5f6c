package vn.dondoc.notification;

import java.time.Instant;

/** One entry of a user's in-app list; {@code readAt} is {@code null} while unread. */
record Notification(long id, String template, String subject, String body, String link, Instant createdAt,
    Instant readAt) {
}
