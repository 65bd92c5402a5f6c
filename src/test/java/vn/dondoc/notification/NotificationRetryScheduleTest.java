package vn.dondoc.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NotificationRetryScheduleTest {

  @Test
  void oneMinuteFiveMinutesHalfAnHourTwoHoursThenSixHoursUntilTheEighthAttempt() {
    assertThat(IntStream.rangeClosed(1, 7).mapToObj(attempts -> RetrySchedule.delayAfter(attempts).orElseThrow()))
        .containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2),
            Duration.ofHours(6), Duration.ofHours(6), Duration.ofHours(6));
    assertThat(RetrySchedule.delayAfter(8)).isEmpty();
    assertThat(RetrySchedule.delayAfter(9)).isEmpty();
  }
}
