package vn.dondoc.followup;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.dondoc.platform.tabular.TabularWriter;
import vn.dondoc.platform.time.VietnameseFormat;

/** The consolidation as an XLSX sheet, dates as dd/MM/yyyy in Vietnam's time. */
final class ConsolidationWorkbook {

  static final List<String> HEADERS = List.of("STT", "Mã tổ chức", "Tên tổ chức", "Người chịu trách nhiệm", "Tình trạng",
      "Hạn hoàn thành", "Ngày xác nhận", "Ngày báo cáo", "Ngày hoàn thành");
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private ConsolidationWorkbook() {
  }

  static byte[] xlsx(Consolidation consolidation, ZoneId zone) {
    List<List<String>> rows = new ArrayList<>();
    int number = 1;
    for (Consolidation.Line line : consolidation.lines()) {
      rows.add(List.of(String.valueOf(number++), line.organizationCode(), line.organizationName(),
          line.responsibleUserId() == null ? "" : line.responsibleUserId(), line.statusLabel(),
          VietnameseFormat.date(line.deadline()), time(line.acknowledgedAt(), zone), time(line.reportedAt(), zone),
          time(line.completedAt(), zone)));
    }
    rows.add(List.of());
    consolidation.counts().forEach((status, count) -> rows.add(List.of("", "", status.label(), "", String.valueOf(count))));
    rows.add(List.of("", "", "Tính đến " + time(consolidation.asOf(), zone)));
    return TabularWriter.xlsx("Tong hop", HEADERS, rows);
  }

  private static String time(Instant instant, ZoneId zone) {
    return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
  }
}
