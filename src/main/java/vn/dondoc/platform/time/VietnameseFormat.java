package vn.dondoc.platform.time;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Vietnamese formatting, in one place: dates as {@code 10/03/2026}, numbers as {@code 93.911},
 * rates as {@code 16,67%}, and the as-of footnote of the letters.
 */
public final class VietnameseFormat {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  /** The letters write the day and month of an as-of time without leading zeros: 10/3/2026. */
  private static final DateTimeFormatter AS_OF = DateTimeFormatter.ofPattern("H 'giờ' mm 'phút, ngày' d/M/yyyy");

  private VietnameseFormat() {
  }

  public static String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }

  /** {@code ngày 5 tháng 3 năm 2026}: the place-and-date line of a letter writes the date in words. */
  public static String longDate(LocalDate date) {
    return "ngày " + date.getDayOfMonth() + " tháng " + date.getMonthValue() + " năm " + date.getYear();
  }

  /** {@code 93911} → {@code 93.911}. */
  public static String number(long number) {
    return decimal().format(number);
  }

  /**
   * A percentage as the letters write it, {@code 16,67%}, {@code 25,5%}, {@code 100%}: the value as
   * given (callers round it), trailing zeros of the decimals dropped.
   */
  public static String percent(BigDecimal percent) {
    return percent == null ? "" : decimal().format(percent) + "%";
  }

  /** {@code 82,5}, {@code 90}: a score or other decimal, at most two decimals, trailing zeros dropped. */
  public static String decimal(BigDecimal value) {
    return value == null ? "" : decimal().format(value);
  }

  /** {@code 17 giờ 00 phút, ngày 10/3/2026}. */
  public static String moment(LocalDateTime time) {
    return AS_OF.format(time);
  }

  /** {@code Tính đến thời điểm 17 giờ 00 phút, ngày 10/3/2026}. */
  public static String asOfFootnote(LocalDateTime asOf) {
    return "Tính đến thời điểm " + moment(asOf);
  }

  /** Built per call: {@link DecimalFormat} is not thread-safe. */
  private static DecimalFormat decimal() {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols();
    symbols.setGroupingSeparator('.');
    symbols.setDecimalSeparator(',');
    DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
    // DecimalFormat rounds half-even by default; the letters round half-up.
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format;
  }
}
