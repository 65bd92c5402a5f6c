package vn.dondoc.notification;

/** A template rendered for one recipient: the subject line and the plain-text body. */
record RenderedNotification(String subject, String body) {
}
