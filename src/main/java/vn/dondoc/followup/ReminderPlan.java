package vn.dondoc.followup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a follow-up's reminders go out: a number of days before the deadline (default 3 and 1), then
 * daily after it up to a cap, each at 08:00 in Vietnam, the start of a working day.
 */
public record ReminderPlan(LocalDate deadline, List<Integer> daysBefore, int overdueCap, ZoneId zone) {

  static final LocalTime SEND_AT = LocalTime.of(8, 0);

  /** Every planned reminder, in time order. */
  public List<Instant> times() {
    List<Instant> times = new ArrayList<>();
    daysBefore.stream().distinct().sorted((a, b) -> b - a)
        .forEach(days -> times.add(at(deadline.minusDays(days))));
    for (int day = 1; day <= overdueCap; day++) {
      times.add(at(deadline.plusDays(day)));
    }
    return times;
  }

  /** The first reminder strictly after now, if any is left. */
  public Optional<Instant> next(Instant now) {
    return times().stream().filter(time -> time.isAfter(now)).findFirst();
  }

  /** From this moment the follow-up is overdue: the midnight that ends the deadline day. */
  public Instant overdueFrom() {
    return deadline.plusDays(1).atStartOfDay(zone).toInstant();
  }

  /** Days between the deadline and the reminder at this time: negative before it, positive after. */
  public long dayOffset(Instant reminder) {
    return ChronoUnit.DAYS.between(deadline, reminder.atZone(zone).toLocalDate());
  }

  /**
   * The day offset a reminder sent now names: that of the latest planned reminder due by now (a
   * timer may fire late), or of now itself if none is.
   */
  public long dayOffsetNow(Instant now) {
    return dayOffset(times().stream().filter(time -> !time.isAfter(now)).reduce((first, second) -> second).orElse(now));
  }

  private Instant at(LocalDate day) {
    return day.atTime(SEND_AT).atZone(zone).toInstant();
  }
}
