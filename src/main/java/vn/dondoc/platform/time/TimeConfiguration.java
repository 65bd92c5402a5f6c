package vn.dondoc.platform.time;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Đôn đốc's time: Vietnam's, from one clock that tests can replace. */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Bean
  Clock clock() {
    return Clock.system(VIETNAM);
  }
}
