package vn.dondoc.notification;

import java.time.Clock;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.platform.security.CurrentUser;
import vn.dondoc.platform.web.NotFound;
import vn.dondoc.platform.web.Rejected;

/** {@code /api/notifications}: the caller's own in-app notifications, never anybody else's. */
@RestController
@RequestMapping("/api/notifications")
class NotificationController {

  static final int MAX_PAGE_SIZE = 100;

  private final NotificationRepository notifications;
  private final Clock clock;

  NotificationController(NotificationRepository notifications, Clock clock) {
    this.notifications = notifications;
    this.clock = clock;
  }

  @GetMapping
  NotificationPage list(Authentication authentication, @RequestParam(defaultValue = "false") boolean unread,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    if (page < 0) {
      throw new Rejected("page", "Tham số page phải từ 0 trở lên");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new Rejected("size", "Tham số size phải từ 1 đến " + MAX_PAGE_SIZE);
    }
    String userId = CurrentUser.id(authentication);
    return new NotificationPage(notifications.page(userId, unread, page, size), page, size,
        notifications.count(userId, unread), notifications.count(userId, true));
  }

  /** 404 for an id that is not the caller's, exactly as for one that does not exist. */
  @PostMapping("/{id}/read")
  ResponseEntity<Void> markRead(Authentication authentication, @PathVariable long id) {
    if (!notifications.markRead(CurrentUser.id(authentication), id, clock.instant())) {
      throw new NotFound("Không có thông báo số " + id);
    }
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/read-all")
  Map<String, Integer> markAllRead(Authentication authentication) {
    return Map.of("marked", notifications.markAllRead(CurrentUser.id(authentication), clock.instant()));
  }
}
