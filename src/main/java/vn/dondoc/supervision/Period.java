package vn.dondoc.supervision;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.platform.web.Rejected;

/**
 * A supervision period: a quarter ({@code 2026-Q1}, "Quý I/2026") or a month ({@code 2026-03},
 * "Tháng 3/2026"), from its first to its last day.
 */
public record Period(String code, LocalDate start, LocalDate end) {

  private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
  private static final String[] ROMAN = {"I", "II", "III", "IV"};

  /** Parses a period code; a wrong one is refused naming {@code field}. */
  public static Period parse(String code, String field) {
    String text = code == null ? "" : code.trim().toUpperCase();
    Matcher quarter = QUARTER.matcher(text);
    if (quarter.matches()) {
      YearMonth first = YearMonth.of(Integer.parseInt(quarter.group(1)), 3 * Integer.parseInt(quarter.group(2)) - 2);
      return new Period(text, first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }
    Matcher month = MONTH.matcher(text);
    if (month.matches()) {
      YearMonth only = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
      return new Period(text, only.atDay(1), only.atEndOfMonth());
    }
    throw new Rejected(field, text.isEmpty() ? "Thiếu kỳ: ghi 2026-Q1 (quý) hoặc 2026-03 (tháng)"
        : "Kỳ \"" + code.trim() + "\" không hợp lệ: ghi 2026-Q1 (quý) hoặc 2026-03 (tháng)");
  }

  /** The month a day lies in, as a period. */
  public static Period monthOf(LocalDate day) {
    return parse(YearMonth.from(day).toString(), "period");
  }

  public boolean isQuarter() {
    return code.contains("Q");
  }

  /** "Quý I/2026" or "Tháng 3/2026". */
  public String label() {
    return isQuarter() ? "Quý " + ROMAN[(start.getMonthValue() - 1) / 3] + "/" + start.getYear()
        : "Tháng " + start.getMonthValue() + "/" + start.getYear();
  }
}
