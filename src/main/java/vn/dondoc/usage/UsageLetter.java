package vn.dondoc.usage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import vn.dondoc.organization.Organization;
import vn.dondoc.usage.UsageViews.BandList;
import vn.dondoc.usage.UsageViews.Ranked;
import vn.dondoc.usage.UsageViews.RankingView;

/**
 * The draft letter "Đẩy mạnh sử dụng ứng dụng Sổ tay đảng viên điện tử" as a Word document, laid
 * out as party documents are (Hướng dẫn 36-HD/VPTW): A4, Times New Roman, the issuer and the
 * party's name side by side above the subject, the recipients and the signature side by side below
 * the body. The bands are those of the ranking report, worded as it words them.
 */
final class UsageLetter {

  static final String SUBJECT = "V/v đẩy mạnh sử dụng ứng dụng Sổ tay đảng viên điện tử";
  static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";
  static final String SIGNING_FOR = "T/M BAN THƯỜNG VỤ";
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

  private static final String FONT = "Times New Roman";
  private static final int BODY_SIZE = 14;
  private static final int HEADER_SIZE = 13;
  private static final int SMALL_SIZE = 12;
  /** Twentieths of a point: A4, and margins of 20 mm top and bottom, 30 mm left, 15 mm right. */
  private static final long A4_WIDTH = 11906;
  private static final long A4_HEIGHT = 16838;
  private static final long MM_20 = 1134;
  private static final long MM_30 = 1701;
  private static final long MM_15 = 850;
  private static final int FIRST_LINE_INDENT = 720;

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
    try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      page(document);
      heading(document, issuerParent, root, fields);
      XWPFParagraph to = body(document, ParagraphAlignment.CENTER, 0);
      run(to, "Kính gửi: ", BODY_SIZE, false, false);
      run(to, recipients(root), BODY_SIZE, false, false);

      text(document, overall(ranking));
      text(document, "Cụ thể, kết quả của các tổ chức đảng trực thuộc như sau:");
      for (BandList band : ranking.bands()) {
        if (LISTED.contains(band.band())) {
          list(document, band);
        }
      }
      text(document, "Để nâng cao hiệu quả sử dụng ứng dụng, Ban Thường vụ đề nghị các đảng bộ, chi bộ trực thuộc"
          + " thực hiện tốt một số nội dung sau:");
      REQUIREMENTS.forEach(requirement -> text(document, requirement));
      text(document, "Kết quả sử dụng ứng dụng Sổ tay đảng viên điện tử là một trong những nội dung đánh giá, xếp loại"
          + " chất lượng tổ chức đảng và đảng viên cuối năm. Đề nghị các đảng bộ, chi bộ nghiêm túc triển khai"
          + " thực hiện./.");
      closing(document, fields);
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void page(XWPFDocument document) {
    CTSectPr section = document.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(A4_WIDTH));
    size.setH(BigInteger.valueOf(A4_HEIGHT));
    CTPageMar margins = section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(MM_20));
    margins.setBottom(BigInteger.valueOf(MM_20));
    margins.setLeft(BigInteger.valueOf(MM_30));
    margins.setRight(BigInteger.valueOf(MM_15));
  }

  /** Issuer, star and number on the left; the party's name and the place and date on the right; then the subject. */
  private static void heading(XWPFDocument document, Organization issuerParent, Organization root, LetterFields fields) {
    XWPFTable table = table(document);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    XWPFParagraph issuer = first(left);
    if (issuerParent != null) {
      run(issuer, issuerParent.name().toUpperCase(Locale.ROOT), HEADER_SIZE, false, false);
      issuer = centered(left);
    }
    run(issuer, root.name().toUpperCase(Locale.ROOT), HEADER_SIZE, true, false);
    run(centered(left), "*", HEADER_SIZE, false, false);
    run(centered(left), fields.numberLine(root), HEADER_SIZE, false, false);
    run(centered(left), SUBJECT, SMALL_SIZE, false, true);
    run(first(right), PARTY, HEADER_SIZE, true, false);
    run(centered(right), "", HEADER_SIZE, false, false);
    run(centered(right), fields.placeAndDate(), BODY_SIZE, false, true);
  }

  private static void list(XWPFDocument document, BandList band) {
    XWPFParagraph heading = body(document, ParagraphAlignment.BOTH, FIRST_LINE_INDENT);
    run(heading, bandHeading(band), BODY_SIZE, true, false);
    List<Ranked> organizations = band.organizations();
    for (int i = 0; i < organizations.size(); i++) {
      text(document, bandLine(organizations.get(i), i == organizations.size() - 1));
    }
  }

  /** "Nơi nhận" on the left; who signs for the standing committee on the right, the name left to fill in. */
  private static void closing(XWPFDocument document, LetterFields fields) {
    XWPFTable table = table(document);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    XWPFParagraph to = first(left);
    to.setAlignment(ParagraphAlignment.LEFT);
    run(to, "Nơi nhận:", SMALL_SIZE, true, true);
    for (String recipient : RECIPIENTS) {
      XWPFParagraph line = left.addParagraph();
      run(line, recipient, SMALL_SIZE - 1, false, false);
    }
    run(first(right), SIGNING_FOR, BODY_SIZE, true, false);
    run(centered(right), SIGNER_TITLE, BODY_SIZE, true, false);
    for (int i = 0; i < 3; i++) {
      run(centered(right), "", BODY_SIZE, false, false);
    }
    run(centered(right), fields.signer(), BODY_SIZE, true, false);
  }

  private static XWPFTable table(XWPFDocument document) {
    XWPFTable table = document.createTable(1, 2);
    table.removeBorders();
    table.setWidth("100%");
    return table;
  }

  private static XWPFParagraph first(XWPFTableCell cell) {
    XWPFParagraph paragraph = cell.getParagraphs().get(0);
    paragraph.setAlignment(ParagraphAlignment.CENTER);
    paragraph.setSpacingAfter(0);
    return paragraph;
  }

  private static XWPFParagraph centered(XWPFTableCell cell) {
    XWPFParagraph paragraph = cell.addParagraph();
    paragraph.setAlignment(ParagraphAlignment.CENTER);
    paragraph.setSpacingAfter(0);
    return paragraph;
  }

  private static void text(XWPFDocument document, String text) {
    run(body(document, ParagraphAlignment.BOTH, FIRST_LINE_INDENT), text, BODY_SIZE, false, false);
  }

  private static XWPFParagraph body(XWPFDocument document, ParagraphAlignment alignment, int indent) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setAlignment(alignment);
    paragraph.setIndentationFirstLine(indent);
    paragraph.setSpacingBefore(120);
    paragraph.setSpacingAfter(0);
    return paragraph;
  }

  private static void run(XWPFParagraph paragraph, String text, int size, boolean bold, boolean italic) {
    XWPFRun run = paragraph.createRun();
    run.setText(text);
    run.setFontFamily(FONT);
    run.setFontSize(size);
    run.setBold(bold);
    run.setItalic(italic);
  }
}
