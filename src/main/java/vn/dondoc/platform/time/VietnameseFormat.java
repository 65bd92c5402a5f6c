package vn.dondoc.platform.time;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Vietnamese formatting, in one place: dates as {@code 10/03/2026}. */
public final class VietnameseFormat {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private VietnameseFormat() {
  }

  public static String date(LocalDate date) {
    return date == null ? "" : DATE.format(date);
  }
}
