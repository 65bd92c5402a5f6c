package vn.dondoc.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The status of a follow-up, as government task tracking names it. */
public enum FollowUpStatus {
  DONE_ON_TIME("Hoàn thành đúng hạn"),
  DONE_LATE("Hoàn thành quá hạn"),
  IN_PROGRESS("Đang thực hiện trong hạn"),
  OVERDUE("Quá hạn chưa hoàn thành"),
  WITHDRAWN("Đã thu hồi");

  private final String label;

  FollowUpStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * Derived, never stored: the deadline is a whole day in Vietnam's time, so work completed on the
   * deadline date is on time and the follow-up is overdue from the next midnight on.
   */
  public static FollowUpStatus of(LocalDate deadline, Instant completedAt, Instant withdrawnAt, Instant now, ZoneId zone) {
    if (withdrawnAt != null) {
      return WITHDRAWN;
    }
    Instant overdueFrom = deadline.plusDays(1).atStartOfDay(zone).toInstant();
    if (completedAt != null) {
      return completedAt.isBefore(overdueFrom) ? DONE_ON_TIME : DONE_LATE;
    }
    return now.isBefore(overdueFrom) ? IN_PROGRESS : OVERDUE;
  }
}
