package vn.dondoc.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import vn.dondoc.platform.web.FieldError;
import vn.dondoc.testsupport.EvidenceFiles;

/** Evidence is recognised by its content, within the size limit, with a name that matches it. */
class EvidenceCheckTest {

  final EvidenceCheck check = new EvidenceCheck(new InspectionSettings(20, DataSize.ofKilobytes(1), List.of(3, 1), 3));

  @Test
  void acceptedKindsAreRecognisedByTheirContent() {
    assertThat(EvidenceType.sniff(EvidenceFiles.pdf())).contains(EvidenceType.PDF);
    assertThat(EvidenceType.sniff(EvidenceFiles.png())).contains(EvidenceType.PNG);
    assertThat(EvidenceType.sniff(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0})).contains(EvidenceType.JPEG);
    assertThat(EvidenceType.sniff(EvidenceFiles.docx())).contains(EvidenceType.DOCX);
    assertThat(EvidenceType.sniff(EvidenceFiles.exe())).isEmpty();
    assertThat(EvidenceType.sniff(EvidenceFiles.zipOfText())).as("a ZIP is not an Office file").isEmpty();
    assertThat(check.problems("files", List.of(new Upload("Biên bản.PDF", EvidenceFiles.pdf()),
        new Upload("anh.jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0}),
        new Upload("to-trinh.docx", EvidenceFiles.docx())))).isEmpty();
  }

  @Test
  void everyBadFileIsNamedWithItsReasonInVietnamese() {
    List<FieldError> problems = check.problems("files", List.of(
        new Upload("ok.pdf", EvidenceFiles.pdf()),
        new Upload("virus.pdf", EvidenceFiles.exe()),
        new Upload("anh.pdf", EvidenceFiles.png()),
        new Upload("lon.pdf", EvidenceFiles.pdfOf(1025)),
        new Upload("rong.png", new byte[0]),
        new Upload("nen.zip", EvidenceFiles.zipOfText())));

    assertThat(problems).extracting(FieldError::field).containsExactly("files[1]", "files[2]", "files[3]", "files[4]", "files[5]");
    assertThat(problems).extracting(FieldError::message).containsExactly(
        "Tệp \"virus.pdf\" không phải loại được nhận (chỉ nhận PDF, JPEG, PNG, DOCX, XLSX; nội dung tệp được kiểm tra,"
            + " không chỉ phần đuôi tên)",
        "Tệp \"anh.pdf\" có nội dung PNG nhưng tên tệp không có đuôi tương ứng",
        "Tệp \"lon.pdf\" (1.025 byte) vượt quá dung lượng cho phép 1.024 byte",
        "Tệp \"rong.png\" rỗng",
        "Tệp \"nen.zip\" không phải loại được nhận (chỉ nhận PDF, JPEG, PNG, DOCX, XLSX; nội dung tệp được kiểm tra,"
            + " không chỉ phần đuôi tên)");
  }

  @Test
  void theDefaultLimitIsTenMegabytes() {
    EvidenceCheck defaults = new EvidenceCheck(new InspectionSettings(20, DataSize.ofMegabytes(10), List.of(3, 1), 3));
    assertThat(defaults.problems("files", List.of(new Upload("a.pdf", EvidenceFiles.pdfOf(10 * 1024 * 1024))))).isEmpty();
    assertThat(defaults.problems("files", List.of(new Upload("a.pdf", EvidenceFiles.pdfOf(10 * 1024 * 1024 + 1)))))
        .singleElement().extracting(FieldError::message).asString().endsWith("vượt quá dung lượng cho phép 10 MB");
  }
}
