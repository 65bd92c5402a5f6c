package vn.dondoc.usage;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import vn.dondoc.platform.web.FieldError;

/**
 * {@code dondoc.usage.*}: the key of the citizen-id hash, what counts as regular use, and the default bands
 * of the ranking report (from the letters; see {@link UsageBands} for a committee's own).
 *
 * @param hashKey HMAC-SHA256 key for citizen id numbers; required, at least 32 characters, never
 *     changed once data exists (hashes made with another key no longer match)
 * @param regularMinAccesses a member uses the app regularly with at least this many accesses in the
 *     period of the app's statistics
 * @param commendedFrom default: a rate at or above this is commended (biểu dương); committees may set their own
 * @param lowUpTo default: a rate above 0 and at most this is low; 0 is "not deployed"
 */
@ConfigurationProperties("dondoc.usage")
record UsageSettings(
    String hashKey,
    @DefaultValue("4") int regularMinAccesses,
    @DefaultValue("100") BigDecimal commendedFrom,
    @DefaultValue("25") BigDecimal lowUpTo) {

  static final int MIN_KEY_LENGTH = 32;

  UsageSettings {
    if (hashKey == null || hashKey.length() < MIN_KEY_LENGTH) {
      throw new IllegalStateException("dondoc.usage.hash-key (DONDOC_USAGE_HASH_KEY) phải có ít nhất " + MIN_KEY_LENGTH
          + " ký tự: đó là khóa băm số CCCD. Hãy đặt một khóa ngẫu nhiên và giữ nguyên nó / set a random key of at least "
          + MIN_KEY_LENGTH + " characters and never change it");
    }
    if (regularMinAccesses < 1) {
      throw new IllegalStateException("dondoc.usage.regular-min-accesses must be at least 1");
    }
    List<FieldError> bands = Bands.problems(commendedFrom, lowUpTo);
    if (!bands.isEmpty()) {
      throw new IllegalStateException("dondoc.usage: 0 < low-up-to < commended-from <= 100 expected, two decimals at most: "
          + bands);
    }
  }

  /** The application's bands: those of a committee that has none of its own, nor its province. */
  Bands bands() {
    return new Bands(commendedFrom, lowUpTo);
  }

  /** Without the key: settings end up in logs and error reports. */
  @Override
  public String toString() {
    return "UsageSettings[hashKey=******, regularMinAccesses=" + regularMinAccesses + ", commendedFrom=" + commendedFrom
        + ", lowUpTo=" + lowUpTo + "]";
  }
}
