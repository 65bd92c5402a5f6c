package vn.dondoc.usage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.dondoc.platform.time.VietnameseFormat;
import vn.dondoc.platform.web.FieldError;

/**
 * The limits of the bands of the ranking report, in percent: the application's defaults
 * ({@code dondoc.usage.commended-from}, {@code low-up-to}) or a committee's own. Kept without
 * trailing zeros, so {@code 100.00} from the database is {@code 100}, as given.
 *
 * @param commendedFrom a rate at or above this is commended (biểu dương)
 * @param lowUpTo a rate above 0 and at most this is low; 0 is "not deployed"
 */
record Bands(BigDecimal commendedFrom, BigDecimal lowUpTo) {

  static final String COMMENDED_FROM = "commendedFrom";
  static final String LOW_UP_TO = "lowUpTo";
  /** The database keeps two decimals, as the rates are shown. */
  static final int MAX_SCALE = 2;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  Bands {
    List<FieldError> problems = problems(commendedFrom, lowUpTo);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(problems.stream().map(p -> p.field() + ": " + p.message()).toList().toString());
    }
    commendedFrom = plain(commendedFrom);
    lowUpTo = plain(lowUpTo);
  }

  /** What is wrong with these limits, by field, in Vietnamese: {@code 0 < lowUpTo < commendedFrom ≤ 100}, two decimals at most. */
  static List<FieldError> problems(BigDecimal commendedFrom, BigDecimal lowUpTo) {
    List<FieldError> problems = new ArrayList<>();
    if (commendedFrom == null) {
      problems.add(new FieldError(COMMENDED_FROM, "Thiếu mức biểu dương (%), ví dụ 100"));
    } else if (commendedFrom.signum() <= 0 || commendedFrom.compareTo(HUNDRED) > 0) {
      problems.add(new FieldError(COMMENDED_FROM, "Mức biểu dương phải lớn hơn 0% và không quá 100%, không phải "
          + VietnameseFormat.percent(commendedFrom)));
    } else if (commendedFrom.stripTrailingZeros().scale() > MAX_SCALE) {
      problems.add(new FieldError(COMMENDED_FROM, "Mức biểu dương chỉ có tối đa " + MAX_SCALE + " chữ số thập phân"));
    }
    // Compared with a valid commended-from only: one wrong value is one error.
    if (lowUpTo == null) {
      problems.add(new FieldError(LOW_UP_TO, "Thiếu mức tỷ lệ thấp (%), ví dụ 25"));
    } else if (lowUpTo.signum() <= 0) {
      problems.add(new FieldError(LOW_UP_TO, "Mức tỷ lệ thấp phải lớn hơn 0% (0% là chưa triển khai), không phải "
          + VietnameseFormat.percent(lowUpTo)));
    } else if (lowUpTo.stripTrailingZeros().scale() > MAX_SCALE) {
      problems.add(new FieldError(LOW_UP_TO, "Mức tỷ lệ thấp chỉ có tối đa " + MAX_SCALE + " chữ số thập phân"));
    } else if (problems.isEmpty() && lowUpTo.compareTo(commendedFrom) >= 0) {
      problems.add(new FieldError(LOW_UP_TO, "Mức tỷ lệ thấp (" + VietnameseFormat.percent(lowUpTo)
          + ") phải nhỏ hơn mức biểu dương (" + VietnameseFormat.percent(commendedFrom) + ")"));
    }
    return problems;
  }

  /** {@code 100.00} → {@code 100}, not {@code 1E+2}, which JSON would show. */
  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }
}
