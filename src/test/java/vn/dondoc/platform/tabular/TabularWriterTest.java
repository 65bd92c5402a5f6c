package vn.dondoc.platform.tabular;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CSV exports hold what people typed into imports: nothing in them may run as a spreadsheet formula. */
class TabularWriterTest {

  @Test
  void csvCellsThatASpreadsheetWouldRunAsFormulasStayText() {
    byte[] csv = TabularWriter.csv(List.of("Họ và tên", "Ghi chú"), List.of(
        List.of("=HYPERLINK(\"http://x\",\"Bấm\")", "+84912345678"),
        List.of("-2+3", "@SUM(A1:A2)"),
        List.of("\t=1+1", "Lý A Páo"),
        List.of("a=b", "")));
    assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo("\uFEFFHọ và tên,Ghi chú\r\n"
        + "\"'=HYPERLINK(\"\"http://x\"\",\"\"Bấm\"\")\",'+84912345678\r\n"
        + "'-2+3,'@SUM(A1:A2)\r\n"
        + "'\t=1+1,Lý A Páo\r\n"
        + "a=b,\r\n");
  }
}
