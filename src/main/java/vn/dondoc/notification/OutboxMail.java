package vn.dondoc.notification;

/** A claimed outbox row: what to send, and how many attempts it has had before this one. */
record OutboxMail(long id, String recipient, String subject, String body, int attempts) {
}
