package vn.dondoc.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.dondoc.organization.Organization;
import vn.dondoc.organization.OrganizationType;

class LetterFieldsTest {

  private static final LocalDate DAY = LocalDate.of(2026, 1, 16);

  @Test
  void filledFieldsAreWrittenAsTheLettersWriteThem() {
    LetterFields fields = new LetterFields(" 15 ", "Hoa Lộc", "Nguyễn Văn A", DAY);
    assertThat(fields.numberLine(organization(OrganizationType.COMMUNE_COMMITTEE))).isEqualTo("Số: 15-CV/ĐU");
    assertThat(fields.numberLine(organization(OrganizationType.PROVINCE_COMMITTEE))).isEqualTo("Số: 15-CV/TU");
    assertThat(fields.placeAndDate()).isEqualTo("Hoa Lộc, ngày 16 tháng 1 năm 2026");
    assertThat(fields.signer()).isEqualTo("Nguyễn Văn A");
  }

  @Test
  void emptyFieldsLeaveVisibleGaps() {
    LetterFields fields = new LetterFields(null, "  ", null, DAY);
    assertThat(fields.numberLine(organization(OrganizationType.COMMUNE_COMMITTEE))).isEqualTo("Số:       -CV/ĐU");
    assertThat(fields.placeAndDate()).isEqualTo("……………, ngày 16 tháng 1 năm 2026");
    assertThat(fields.signer()).isEmpty();
  }

  private static Organization organization(OrganizationType type) {
    return new Organization("X", "Đảng ủy xã X", type, null, "/X/", "X", null, true, null, null);
  }
}
