package vn.dondoc.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VietnameseFormatTest {

  @Test
  void aLettersDateIsWrittenInWordsWithoutLeadingZeros() {
    assertThat(VietnameseFormat.longDate(LocalDate.of(2026, 3, 5))).isEqualTo("ngày 5 tháng 3 năm 2026");
    assertThat(VietnameseFormat.longDate(LocalDate.of(2026, 12, 31))).isEqualTo("ngày 31 tháng 12 năm 2026");
  }
}
