package vn.dondoc.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Đôn đốc's time: Vietnam's zone, and one clock for the application and the engine alike, so that
 * a test moving the engine clock to fire a timer moves the application's "today" with it.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Bean
  Clock clock() {
    return new EngineClock(VIETNAM);
  }

  /** A {@link Clock} reading the engine's clock, which is the system clock unless a test sets it. */
  static final class EngineClock extends Clock {

    private final ZoneId zone;

    EngineClock(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new EngineClock(other);
    }

    @Override
    public Instant instant() {
      return ClockUtil.now().toInstant();
    }
  }
}
