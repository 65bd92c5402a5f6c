package vn.dondoc.testsupport;

import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import vn.dondoc.platform.time.TimeConfiguration;

/** The engine's (and so the application's) clock in tests; whoever moves it resets it ({@code ClockUtil.reset()}). */
public final class EngineClock {

  private EngineClock() {
  }

  /** Sets the clock to a moment in Vietnam, {@code 2026-03-12T09:00:00}. */
  public static void clockAt(String localDateTime) {
    ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(LocalDateTime.parse(localDateTime),
        TimeConfiguration.VIETNAM).toInstant()));
  }
}
