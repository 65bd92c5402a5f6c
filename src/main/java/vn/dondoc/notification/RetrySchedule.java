package vn.dondoc.notification;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * When a mail that failed is tried again: after 1 min, 5 min, 30 min, 2 h, then every 6 h, so a
 * mail server down for a night still gets its mail in the morning; after the 8th attempt the
 * mail is given up and its row keeps the last error.
 */
final class RetrySchedule {

  static final int MAX_ATTEMPTS = 8;

  private static final List<Duration> FIRST_DELAYS =
      List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2));
  private static final Duration LATER_DELAY = Duration.ofHours(6);

  private RetrySchedule() {
  }

  /** The wait before the next attempt after {@code attempts} failed ones; empty once they are used up. */
  static Optional<Duration> delayAfter(int attempts) {
    if (attempts < 1) {
      throw new IllegalArgumentException("attempts phải ≥ 1: " + attempts);
    }
    if (attempts >= MAX_ATTEMPTS) {
      return Optional.empty();
    }
    return Optional.of(attempts <= FIRST_DELAYS.size() ? FIRST_DELAYS.get(attempts - 1) : LATER_DELAY);
  }
}
