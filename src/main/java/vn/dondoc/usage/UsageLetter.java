package vn.dondoc.usage;

import java.util.List;
import java.util.Locale;
import vn.dondoc.organization.Organization;
import vn.dondoc.platform.document.PartyDocument;
import vn.dondoc.usage.UsageViews.BandList;
import vn.dondoc.usage.UsageViews.Ranked;
import vn.dondoc.usage.UsageViews.RankingView;

/**
 * The draft letter "Đẩy mạnh sử dụng ứng dụng Sổ tay đảng viên điện tử" as a Word document, laid
 * out as party documents are ({@link PartyDocument}). The bands are those of the ranking report,
 * worded as it words them.
 */
final class UsageLetter {

  static final String SUBJECT = "V/v đẩy mạnh sử dụng ứng dụng Sổ tay đảng viên điện tử";
  static final String SIGNER_TITLE = "PHÓ BÍ THƯ THƯỜNG TRỰC";
  /** The bands a letter names; those in between are neither praised nor urged. */
  static final List<Band> LISTED = List.of(Band.COMMENDED, Band.LOW, Band.NOT_DEPLOYED);

  static final List<String> REQUIREMENTS = List.of(
      "1. Cấp ủy các đảng bộ, chi bộ trực thuộc quán triệt, lãnh đạo, chỉ đạo việc cài đặt, kích hoạt và sử dụng"
          + " ứng dụng Sổ tay đảng viên điện tử đến 100% đảng viên đang sinh hoạt.",
      "2. Phân công đồng chí bí thư, phó bí thư hoặc đảng viên phụ trách hướng dẫn, hỗ trợ trực tiếp đảng viên"
          + " lớn tuổi, đảng viên chưa thành thạo thiết bị thông minh; rà soát, đề nghị điều chỉnh trường hợp chưa"
          + " đăng nhập được.",
      "3. Hằng tháng tổ chức sinh hoạt chi bộ, điểm danh và cập nhật nội dung sinh hoạt trên ứng dụng.",
      "4. Các tổ chức đảng có tỷ lệ thấp và chưa triển khai khẩn trương khắc phục, báo cáo kết quả về Ban Thường"
          + " vụ (qua Ban Xây dựng Đảng) trước kỳ tổng hợp tiếp theo.");

  static final List<String> RECIPIENTS = List.of("- Như trên,", "- UBKT Đảng ủy, Ban Xây dựng Đảng,", "- Lưu VP.");

  private UsageLetter() {
  }

  static String recipients(Organization root) {
    return "Các đảng bộ, chi bộ trực thuộc " + root.name() + ".";
  }

  /** The as-of sentence and the overall rate: "Tính đến thời điểm …, toàn … (…): 9/20 …, đạt tỷ lệ 45% (…)." */
  static String overall(RankingView ranking) {
    return ranking.footnote() + ", kết quả sử dụng ứng dụng Sổ tay đảng viên điện tử trong toàn " + ranking.name()
        + " (" + ranking.measure().toLowerCase(Locale.ROOT) + "): " + ranking.summary() + " (có Phụ lục kèm theo).";
  }

  /** {@code Biểu dương:} or, for an empty band, {@code Biểu dương: không có.} */
  static String bandHeading(BandList band) {
    return band.label() + (band.organizations().isEmpty() ? ": không có." : ":");
  }

  static String bandLine(Ranked ranked, boolean last) {
    return "- " + ranked.line() + (last ? "." : ";");
  }

  static byte[] docx(Organization issuerParent, Organization root, RankingView ranking, LetterFields fields) {
    try (PartyDocument document = new PartyDocument()) {
      document.heading(issuerParent, root, fields.numberLine(root), SUBJECT, fields.placeAndDate());
      document.to(recipients(root));
      document.text(overall(ranking));
      document.text("Cụ thể, kết quả của các tổ chức đảng trực thuộc như sau:");
      for (BandList band : ranking.bands()) {
        if (LISTED.contains(band.band())) {
          document.boldText(bandHeading(band));
          List<Ranked> organizations = band.organizations();
          for (int i = 0; i < organizations.size(); i++) {
            document.text(bandLine(organizations.get(i), i == organizations.size() - 1));
          }
        }
      }
      document.text("Để nâng cao hiệu quả sử dụng ứng dụng, Ban Thường vụ đề nghị các đảng bộ, chi bộ trực thuộc"
          + " thực hiện tốt một số nội dung sau:");
      REQUIREMENTS.forEach(document::text);
      document.text("Kết quả sử dụng ứng dụng Sổ tay đảng viên điện tử là một trong những nội dung đánh giá, xếp loại"
          + " chất lượng tổ chức đảng và đảng viên cuối năm. Đề nghị các đảng bộ, chi bộ nghiêm túc triển khai"
          + " thực hiện./.");
      document.closing(RECIPIENTS, SIGNER_TITLE, fields.signer());
      return document.bytes();
    }
  }
}
