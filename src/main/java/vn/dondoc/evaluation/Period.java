package vn.dondoc.evaluation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.dondoc.platform.web.Rejected;

/**
 * The period a rating covers: a quarter or a whole year.
 *
 * @param quarter 1 to 4 for a quarter, {@code null} for a year
 */
public record Period(PeriodKind kind, int year, Integer quarter) {

  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  /** From the REST call's words; a clear error naming the field otherwise. */
  public static Period of(String kind, Integer year, Integer quarter) {
    PeriodKind parsed = PeriodKind.parse(kind);
    if (year == null || year < 2000 || year > 2100) {
      throw new Rejected("year", "Năm đánh giá phải từ 2000 đến 2100");
    }
    if (parsed == PeriodKind.QUARTER && (quarter == null || quarter < 1 || quarter > 4)) {
      throw new Rejected("quarter", "Quý phải từ 1 đến 4");
    }
    return new Period(parsed, year, parsed == PeriodKind.QUARTER ? quarter : null);
  }

  public LocalDate firstDay() {
    return kind == PeriodKind.YEAR ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 3 * quarter - 2, 1);
  }

  public LocalDate lastDay() {
    return kind == PeriodKind.YEAR ? LocalDate.of(year, 12, 31) : firstDay().plusMonths(3).minusDays(1);
  }

  /** The period's first moment, Vietnam's wall-clock time. */
  public LocalDateTime start() {
    return firstDay().atStartOfDay();
  }

  /** The first moment after the period: everything the rating reads is as of then. */
  public LocalDateTime end() {
    return lastDay().plusDays(1).atStartOfDay();
  }

  /** {@code quý I năm 2026}, {@code năm 2026}. */
  public String label() {
    return kind == PeriodKind.YEAR ? "năm " + year : "quý " + ROMAN[quarter - 1] + " năm " + year;
  }
}
