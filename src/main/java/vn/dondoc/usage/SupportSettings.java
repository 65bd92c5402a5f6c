package vn.dondoc.usage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dondoc.usage.support.*}: who needs help with the handbook app and who may give it.
 *
 * @param elderlyFrom a member this old or older at the app snapshot's as-of date is elderly (age from the birth year)
 * @param helperUnder a member helps only if younger than this
 * @param helperCapacity at most this many open pairs per helping member
 * @param youthUnion the name of the helper when no member of the branch can help
 */
@ConfigurationProperties("dondoc.usage.support")
record SupportSettings(
    @DefaultValue("60") int elderlyFrom,
    @DefaultValue("35") int helperUnder,
    @DefaultValue("3") int helperCapacity,
    @DefaultValue("Đoàn Thanh niên") String youthUnion) {

  SupportSettings {
    if (helperUnder <= 0 || elderlyFrom <= helperUnder) {
      throw new IllegalStateException("dondoc.usage.support: 0 < helper-under < elderly-from expected");
    }
    if (helperCapacity < 1) {
      throw new IllegalStateException("dondoc.usage.support.helper-capacity must be at least 1");
    }
    if (youthUnion == null || youthUnion.isBlank()) {
      throw new IllegalStateException("dondoc.usage.support.youth-union must name the Youth Union");
    }
  }
}
