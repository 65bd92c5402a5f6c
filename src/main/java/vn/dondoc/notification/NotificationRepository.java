package vn.dondoc.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * dd_notification, the in-app list. Every read and update names the user: nobody reaches another
 * user's entries, and an id that is not his looks the same as one that does not exist.
 */
@Repository
class NotificationRepository {

  private static final String COLUMNS = "id, template, subject, body, link, created_at, read_at";

  private final JdbcTemplate jdbc;

  NotificationRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  long insert(String userId, String template, RenderedNotification message, String link, Instant at) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("INSERT INTO dd_notification"
          + " (user_id, template, subject, body, link, created_at) VALUES (?, ?, ?, ?, ?, ?)", new String[] {"id"});
      statement.setString(1, userId);
      statement.setString(2, template);
      statement.setString(3, message.subject());
      statement.setString(4, message.body());
      statement.setString(5, link);
      statement.setTimestamp(6, Timestamp.from(at));
      return statement;
    }, key);
    return key.getKey().longValue();
  }

  /** Newest first; ties (one notify call) by id, so paging is stable. */
  List<Notification> page(String userId, boolean unreadOnly, int page, int size) {
    return jdbc.query("SELECT " + COLUMNS + " FROM dd_notification WHERE user_id = ?" + unreadFilter(unreadOnly)
        + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
        NotificationRepository::map, userId, size, (long) page * size);
  }

  long count(String userId, boolean unreadOnly) {
    Long count = jdbc.queryForObject("SELECT COUNT(*) FROM dd_notification WHERE user_id = ?" + unreadFilter(unreadOnly),
        Long.class, userId);
    return count == null ? 0 : count;
  }

  /** {@code false} if the user has no such notification. Marking twice keeps the first time. */
  boolean markRead(String userId, long id, Instant at) {
    return jdbc.update("UPDATE dd_notification SET read_at = COALESCE(read_at, ?) WHERE id = ? AND user_id = ?",
        Timestamp.from(at), id, userId) == 1;
  }

  int markAllRead(String userId, Instant at) {
    return jdbc.update("UPDATE dd_notification SET read_at = ? WHERE user_id = ? AND read_at IS NULL",
        Timestamp.from(at), userId);
  }

  private static String unreadFilter(boolean unreadOnly) {
    return unreadOnly ? " AND read_at IS NULL" : "";
  }

  private static Notification map(ResultSet rs, int row) throws SQLException {
    Timestamp readAt = rs.getTimestamp(7);
    return new Notification(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getTimestamp(6).toInstant(), readAt == null ? null : readAt.toInstant());
  }
}
