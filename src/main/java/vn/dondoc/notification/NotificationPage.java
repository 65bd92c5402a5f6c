package vn.dondoc.notification;

import java.util.List;

/** A page of a user's notifications, newest first, with his total and unread counts. */
record NotificationPage(List<Notification> items, int page, int size, long total, long unread) {
}
