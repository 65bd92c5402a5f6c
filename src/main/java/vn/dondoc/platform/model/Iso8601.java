package vn.dondoc.platform.model;

import java.time.OffsetDateTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** ISO 8601 as the engine's timers accept it: durations, date-times and repeating intervals. */
final class Iso8601 {

  private static final Pattern DURATION =
      Pattern.compile("^P(?!$)(\\d+Y)?(\\d+M)?(\\d+W)?(\\d+D)?(T(?=\\d)(\\d+H)?(\\d+M)?(\\d+(\\.\\d+)?S)?)?$");
  private static final Pattern REPEAT = Pattern.compile("^R\\d*$");
  /** Quartz cron with 6 or 7 fields, which the engine also takes as a cycle. */
  private static final Pattern CRON = Pattern.compile("^\\S+(\\s+\\S+){5,6}$");

  private Iso8601() {
  }

  static boolean isDuration(String text) {
    return DURATION.matcher(text).matches();
  }

  static boolean isDateTime(String text) {
    try {
      OffsetDateTime.parse(text);
      return true;
    } catch (DateTimeParseException offsetMissing) {
      try {
        LocalDateTime.parse(text);
        return true;
      } catch (DateTimeParseException e) {
        return false;
      }
    }
  }

  /** {@code R3/PT1H}, {@code R/2026-01-01T00:00:00/P1D}, or a cron expression. */
  static boolean isCycle(String text) {
    String[] parts = text.split("/");
    if (parts.length >= 2 && parts.length <= 3 && REPEAT.matcher(parts[0]).matches()) {
      boolean hasDuration = false;
      for (int i = 1; i < parts.length; i++) {
        if (isDuration(parts[i])) {
          hasDuration = true;
        } else if (!isDateTime(parts[i])) {
          return false;
        }
      }
      return hasDuration;
    }
    return CRON.matcher(text).matches();
  }
}
