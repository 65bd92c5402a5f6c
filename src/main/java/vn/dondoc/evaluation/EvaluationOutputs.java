package vn.dondoc.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.dondoc.evaluation.EvaluationViews.BandCount;
import vn.dondoc.evaluation.EvaluationViews.EvaluationView;
import vn.dondoc.evaluation.EvaluationViews.RatingRow;
import vn.dondoc.organization.Organization;
import vn.dondoc.platform.document.PartyDocument;
import vn.dondoc.platform.tabular.TabularWriter;
import vn.dondoc.platform.time.VietnameseFormat;

/** The rating table (XLSX) and the draft notice of the results (DOCX) of an evaluation. */
final class EvaluationOutputs {

  static final List<String> TABLE_HEADERS = List.of("STT", "Mã tổ chức", "Tên tổ chức", "Tỷ lệ truy cập",
      "Tỷ lệ sử dụng thường xuyên", "Nhiệm vụ đúng hạn", "Điểm từ số liệu", "Điểm tối đa từ số liệu", "Điểm của cấp ủy",
      "Lý do (điểm cấp ủy)", "Tổng điểm", "Mức xếp loại", "Ghi chú xếp loại", "Vượt tỷ lệ xuất sắc", "Tự xếp loại");
  static final String SIGNER_TITLE = "BÍ THƯ";
  static final List<String> RECIPIENTS = List.of("- Các đảng bộ, chi bộ trực thuộc,", "- UBKT Đảng ủy, Ban Xây dựng Đảng,",
      "- Lưu VP.");

  private EvaluationOutputs() {
  }

  /** Every rating the caller sees, one row each, numbers as the letters write them. */
  static byte[] table(EvaluationView view) {
    List<List<String>> rows = new ArrayList<>();
    int n = 1;
    for (RatingRow r : view.ratings()) {
      rows.add(List.of(String.valueOf(n++), r.organizationCode(), r.organizationName(), r.accessRate(), r.regularUseRate(),
          r.onTime(), decimal(r.dataPoints()), decimal(r.dataMaximum()), decimal(r.committeePoints()),
          r.committeeReason() == null ? "" : r.committeeReason(), r.totalText(), r.bandLabel(),
          join(r.bandNote(), r.decidedReason()), r.quotaReason() == null ? "" : r.quotaReason(), r.selfBandLabel()));
    }
    return TabularWriter.xlsx("Xep loai", TABLE_HEADERS, rows);
  }

  /**
   * The notice "Thông báo kết quả đánh giá, xếp loại chất lượng tổ chức đảng {period}": the
   * distribution by band, every organisation with its score and band, and the quota when it binds.
   */
  static byte[] notice(Organization issuerParent, Organization issuer, EvaluationView view, String number, String place,
      String signer, LocalDate date) {
    try (PartyDocument document = new PartyDocument()) {
      document.heading(issuerParent, issuer, PartyDocument.numberLine(number, "TB", issuer), null,
          PartyDocument.placeAndDate(place, date));
      document.title("THÔNG BÁO", true);
      document.title(title(view), true);
      document.text(opening(issuer, view));
      for (BandCount band : view.distribution()) {
        document.text("- " + band.label() + ": " + band.count() + " tổ chức" + share(band.count(), view.scored()) + ";");
      }
      if (view.quota().binds()) {
        document.text(view.quota().summary() + " Ban Thường vụ đã xem xét các tổ chức vượt tỷ lệ trước khi quyết định.");
      }
      document.text("Kết quả cụ thể của từng tổ chức như sau:");
      List<List<String>> rows = new ArrayList<>();
      int n = 1;
      for (RatingRow r : view.ratings()) {
        rows.add(List.of(String.valueOf(n++), r.organizationName(), r.totalText(), r.bandLabel()));
      }
      document.grid(List.of("STT", "Tổ chức đảng", "Tổng điểm", "Mức xếp loại"), rows);
      document.text("Đề nghị các đảng bộ, chi bộ trực thuộc phát huy ưu điểm, khắc phục hạn chế; kết quả sử dụng ứng dụng"
          + " Sổ tay đảng viên điện tử tiếp tục là một nội dung đánh giá, xếp loại kỳ sau./.");
      document.closing(RECIPIENTS, SIGNER_TITLE, signer);
      return document.bytes();
    }
  }

  static String title(EvaluationView view) {
    return "Kết quả đánh giá, xếp loại chất lượng tổ chức đảng " + view.evaluation().period();
  }

  static String opening(Organization issuer, EvaluationView view) {
    return "Căn cứ Quy định số 366-QĐ/TW và Hướng dẫn số 43-HD/BTCTW về kiểm điểm, đánh giá, xếp loại chất lượng hằng"
        + " năm đối với tập thể, cá nhân trong hệ thống chính trị, trên cơ sở kết quả tự đánh giá, ý kiến của Ủy ban"
        + " Kiểm tra, Ban Thường vụ " + issuer.name() + " thông báo kết quả đánh giá, xếp loại chất lượng "
        + view.scored() + " tổ chức đảng trực thuộc " + view.evaluation().period() + " như sau:";
  }

  private static String share(int count, int total) {
    if (total == 0) {
      return "";
    }
    BigDecimal percent = BigDecimal.valueOf(count * 100L).divide(BigDecimal.valueOf(total), 2, java.math.RoundingMode.HALF_UP);
    return " (" + VietnameseFormat.percent(percent) + ")";
  }

  private static String decimal(BigDecimal value) {
    return VietnameseFormat.decimal(value);
  }

  private static String join(String a, String b) {
    String first = a == null ? "" : a;
    String second = b == null ? "" : b;
    return first.isEmpty() ? second : second.isEmpty() ? first : first + "; " + second;
  }

  static String fileSuffix(EvaluationView view) {
    return view.evaluation().parentCode() + "-" + view.evaluation().year()
        + (view.evaluation().quarter() == null ? "" : "-quy-" + view.evaluation().quarter());
  }
}
