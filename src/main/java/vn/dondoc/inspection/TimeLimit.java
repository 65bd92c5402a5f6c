package vn.dondoc.inspection;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The legal time limit of an inspection: {@code days} from the decision (20 at the level directly
 * above the grassroots), extendable once by at most a third of it.
 */
public record TimeLimit(LocalDate decidedOn, int days, int extensionDays) {

  /** The longest extension allowed: a third of the limit, rounded down (20 days → 6). */
  public int maxExtension() {
    return days / 3;
  }

  public boolean extended() {
    return extensionDays > 0;
  }

  /** The last day of the inspection. */
  public LocalDate endsOn() {
    return decidedOn.plusDays((long) days + extensionDays);
  }

  /** Days from today to the last day: 0 on it, negative once it has passed. */
  public long daysLeft(LocalDate today) {
    return ChronoUnit.DAYS.between(today, endsOn());
  }

  public boolean overdue(LocalDate today) {
    return today.isAfter(endsOn());
  }

  /** "còn 5 ngày", "hôm nay là hạn cuối", "quá hạn 2 ngày". */
  public String text(LocalDate today) {
    long left = daysLeft(today);
    if (left > 0) {
      return "còn " + left + " ngày";
    }
    return left == 0 ? "hôm nay là hạn cuối" : "quá hạn " + -left + " ngày";
  }
}
