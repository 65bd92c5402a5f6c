package vn.dondoc.platform.tabular;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Cell text as the user sees it in Excel (12, not 12.0), except dates: those come out as
 * dd/MM/yyyy (with HH:mm when there is a time of day, HH:mm alone for a pure time) whatever the
 * cell's own date format or the server's locale, so callers parse one shape. Numbers use the US
 * locale, a point as decimal separator, so the result does not depend on the server's settings.
 * Not thread-safe, like {@link DataFormatter}: one instance per read.
 */
final class ExcelValueFormatter extends DataFormatter {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final int SECONDS_PER_DAY = 24 * 60 * 60;

  ExcelValueFormatter() {
    super(Locale.US);
  }

  @Override
  public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
    if (!DateUtil.isADateFormat(formatIndex, formatString) || !DateUtil.isValidExcelDate(value)) {
      return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
    }
    if (value < 1) {
      long seconds = Math.round(value * SECONDS_PER_DAY) % SECONDS_PER_DAY;
      return LocalTime.ofSecondOfDay(seconds).format(TIME);
    }
    LocalDateTime dateTime = DateUtil.getLocalDateTime(value, use1904Windowing, true);
    return dateTime.toLocalTime().equals(LocalTime.MIDNIGHT) ? dateTime.format(DATE) : dateTime.format(DATE_TIME);
  }
}
