package vn.dondoc.platform.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
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
import vn.dondoc.organization.OrganizationType;
import vn.dondoc.platform.time.VietnameseFormat;

/**
 * A Word document laid out as party documents are (Hướng dẫn 36-HD/VPTW): A4, Times New Roman 14
 * (headings 13), margins of 20 mm top and bottom, 30 mm left, 15 mm right; the issuer and the
 * party's name side by side above the subject, the recipients and the signature side by side below
 * the body. Letters, notices and decisions of every feature are written through it.
 */
public final class PartyDocument implements AutoCloseable {

  public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  private static final String PARTY = "ĐẢNG CỘNG SẢN VIỆT NAM";
  private static final String SIGNING_FOR = "T/M BAN THƯỜNG VỤ";
  /** A number or place left for the office to write in when the document is signed. */
  private static final String GAP = "      ";
  private static final String PLACE_GAP = "……………";
  private static final int BODY_SIZE = 14;
  private static final int HEADER_SIZE = 13;
  private static final int SMALL_SIZE = 12;

  private static final String FONT = "Times New Roman";
  /** Twentieths of a point: A4, and margins of 20 mm top and bottom, 30 mm left, 15 mm right. */
  private static final long A4_WIDTH = 11906;
  private static final long A4_HEIGHT = 16838;
  private static final long MM_20 = 1134;
  private static final long MM_30 = 1701;
  private static final long MM_15 = 850;
  private static final int FIRST_LINE_INDENT = 720;

  private final XWPFDocument document = new XWPFDocument();

  public PartyDocument() {
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

  /**
   * {@code Số: 15-CV/ĐU}, or {@code Số:       -CV/ĐU} without a number; a province committee's
   * documents end in {@code /TU}.
   *
   * @param type the document's abbreviation: {@code CV} (letter), {@code TB} (notice), {@code QĐ} (decision)
   */
  public static String numberLine(String number, String type, Organization issuer) {
    String office = issuer.type() == OrganizationType.PROVINCE_COMMITTEE ? "TU" : "ĐU";
    return "Số: " + (number == null || number.isBlank() ? GAP : number.strip()) + "-" + type + "/" + office;
  }

  /** {@code Hoa Lộc, ngày 5 tháng 3 năm 2026}, or a gap for the place. */
  public static String placeAndDate(String place, LocalDate date) {
    return (place == null || place.isBlank() ? PLACE_GAP : place.strip()) + ", " + VietnameseFormat.longDate(date);
  }

  /**
   * Issuer (with the committee above it, if any), star and number on the left, the party's name and
   * the place and date on the right; the subject under the number, when the document has one.
   */
  public void heading(Organization issuerParent, Organization issuer, String numberLine, String subject, String placeAndDate) {
    XWPFTable table = table();
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    XWPFParagraph name = first(left);
    if (issuerParent != null) {
      run(name, issuerParent.name().toUpperCase(Locale.ROOT), HEADER_SIZE, false, false);
      name = centered(left);
    }
    run(name, issuer.name().toUpperCase(Locale.ROOT), HEADER_SIZE, true, false);
    run(centered(left), "*", HEADER_SIZE, false, false);
    run(centered(left), numberLine, HEADER_SIZE, false, false);
    if (subject != null) {
      run(centered(left), subject, SMALL_SIZE, false, true);
    }
    run(first(right), PARTY, HEADER_SIZE, true, false);
    run(centered(right), "", HEADER_SIZE, false, false);
    run(centered(right), placeAndDate, BODY_SIZE, false, true);
  }

  /** A centred line, as the title of a notice or decision. */
  public void title(String text, boolean bold) {
    run(body(ParagraphAlignment.CENTER, 0), text, BODY_SIZE, bold, false);
  }

  /** {@code Kính gửi: …}, centred. */
  public void to(String recipients) {
    title("Kính gửi: " + recipients, false);
  }

  /** A justified paragraph of the body, its first line indented. */
  public void text(String text) {
    run(body(ParagraphAlignment.BOTH, FIRST_LINE_INDENT), text, BODY_SIZE, false, false);
  }

  /** A bold heading inside the body, indented as the paragraphs are. */
  public void boldText(String text) {
    run(body(ParagraphAlignment.BOTH, FIRST_LINE_INDENT), text, BODY_SIZE, true, false);
  }

  /** A table with a bold header row and borders, for the figures a document lists. */
  public void grid(List<String> headers, List<List<String>> rows) {
    XWPFTable table = document.createTable(rows.size() + 1, headers.size());
    table.setWidth("100%");
    for (int c = 0; c < headers.size(); c++) {
      run(first(table.getRow(0).getCell(c)), headers.get(c), SMALL_SIZE, true, false);
    }
    for (int r = 0; r < rows.size(); r++) {
      for (int c = 0; c < headers.size(); c++) {
        run(first(table.getRow(r + 1).getCell(c)), rows.get(r).get(c), SMALL_SIZE, false, false);
      }
    }
  }

  /** "Nơi nhận" on the left; who signs for the standing committee on the right, the name left to fill in when empty. */
  public void closing(List<String> recipients, String signerTitle, String signer) {
    XWPFTable table = table();
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    XWPFParagraph to = first(left);
    to.setAlignment(ParagraphAlignment.LEFT);
    run(to, "Nơi nhận:", SMALL_SIZE, true, true);
    for (String recipient : recipients) {
      run(left.addParagraph(), recipient, SMALL_SIZE - 1, false, false);
    }
    run(first(right), SIGNING_FOR, BODY_SIZE, true, false);
    run(centered(right), signerTitle, BODY_SIZE, true, false);
    for (int i = 0; i < 3; i++) {
      run(centered(right), "", BODY_SIZE, false, false);
    }
    run(centered(right), signer == null ? "" : signer.strip(), BODY_SIZE, true, false);
  }

  public byte[] bytes() {
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      document.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private XWPFTable table() {
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

  private XWPFParagraph body(ParagraphAlignment alignment, int indent) {
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
