package vn.dondoc.usage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.dondoc.platform.time.VietnameseFormat;

/**
 * A share of members, kept as its two counts so comparisons with band limits are exact; shown
 * rounded half-up to two decimals ({@code 16,67%}), never through a double.
 *
 * @param denominator members in activity; 0 when the organisation has none (no rate)
 */
record Rate(long count, long denominator) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  boolean defined() {
    return denominator > 0;
  }

  /** The percentage rounded half-up to two decimals, {@code null} without members in activity. */
  BigDecimal percent() {
    return defined()
        ? BigDecimal.valueOf(count).multiply(HUNDRED).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP)
        : null;
  }

  /** {@code 16,67%}, or {@code ""} without members in activity. */
  String text() {
    return VietnameseFormat.percent(percent());
  }

  /** Compares the exact rate, not the rounded one, with a percentage: 99,996% is not 100%. */
  int compareTo(BigDecimal percent) {
    return BigDecimal.valueOf(count).multiply(HUNDRED).compareTo(percent.multiply(BigDecimal.valueOf(denominator)));
  }

  /**
   * Highest rate first, exactly (a/b > c/d when a·d > c·b); no rate last. Without that, 0/0 would
   * tie with every rate (0·d = 0) and the order would not be consistent for sorting.
   */
  static int descending(Rate a, Rate b) {
    if (a.defined() != b.defined()) {
      return a.defined() ? -1 : 1;
    }
    return BigDecimal.valueOf(b.count).multiply(BigDecimal.valueOf(a.denominator))
        .compareTo(BigDecimal.valueOf(a.count).multiply(BigDecimal.valueOf(b.denominator)));
  }
}
