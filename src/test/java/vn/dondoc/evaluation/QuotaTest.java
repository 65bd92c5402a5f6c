package vn.dondoc.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotaTest {

  /** 10 good or better, 4 of them excellent: 20% allows 2, so the two lowest excellent are over. */
  @Test
  void bindsAndNamesThoseBelowTheQuotaByScore() {
    List<Quota.Entry> entries = new ArrayList<>();
    entries.add(entry("A", "93", RatingBand.EXCELLENT));
    entries.add(entry("B", "97.5", RatingBand.EXCELLENT));
    entries.add(entry("C", "90", RatingBand.EXCELLENT));
    entries.add(entry("D", "91", RatingBand.EXCELLENT));
    for (int i = 0; i < 6; i++) {
      entries.add(entry("G" + i, "80", RatingBand.GOOD));
    }
    entries.add(entry("N", "40", RatingBand.NOT_COMPLETED));

    Quota.Verdict verdict = Quota.check(entries, 20);

    assertThat(verdict.binds()).isTrue();
    assertThat(verdict.goodOrBetter()).isEqualTo(10);
    assertThat(verdict.allowed()).isEqualTo(2);
    assertThat(verdict.over()).containsOnlyKeys("D", "C");
    assertThat(List.copyOf(verdict.over().keySet())).containsExactly("D", "C");
    assertThat(verdict.over().get("D")).isEqualTo("Vượt tỷ lệ hoàn thành xuất sắc nhiệm vụ: xếp thứ 3/4 theo điểm"
        + " (91 điểm) trong khi chỉ 2 tổ chức được xếp loại này (20% của 10 tổ chức hoàn thành tốt nhiệm vụ trở lên)."
        + " Cấp ủy quyết định giữ hay điều chỉnh mức xếp loại.");
    assertThat(verdict.over().get("C")).contains("xếp thứ 4/4", "(90 điểm)");
    assertThat(verdict.summary()).isEqualTo("Tối đa 20% của 10 tổ chức hoàn thành tốt nhiệm vụ trở lên được xếp hoàn"
        + " thành xuất sắc nhiệm vụ, tức 2 tổ chức; đề xuất 4 tổ chức. Vượt 2 tổ chức.");
  }

  @ParameterizedTest(name = "{0} xuất sắc, {1} tốt → vượt: {2}")
  @CsvSource({"2, 8, false", "1, 4, false", "1, 3, true", "0, 3, false", "3, 12, false", "3, 11, true"})
  void bindsOnlyAboveTwentyPercentRoundedDown(int excellent, int good, boolean binds) {
    List<Quota.Entry> entries = new ArrayList<>();
    for (int i = 0; i < excellent; i++) {
      entries.add(entry("X" + i, "95", RatingBand.EXCELLENT));
    }
    for (int i = 0; i < good; i++) {
      entries.add(entry("G" + i, "75", RatingBand.GOOD));
    }
    Quota.Verdict verdict = Quota.check(entries, 20);
    assertThat(verdict.binds()).isEqualTo(binds);
    assertThat(verdict.over()).hasSize(Math.max(0, excellent - (excellent + good) * 20 / 100));
  }

  @Test
  void doesNotBindWhenOff() {
    List<Quota.Entry> entries = List.of(entry("A", "95", RatingBand.EXCELLENT), entry("B", "99", RatingBand.EXCELLENT));
    Quota.Verdict verdict = Quota.check(entries, null);
    assertThat(verdict.binds()).isFalse();
    assertThat(verdict.over()).isEmpty();
    assertThat(verdict.allowed()).isEqualTo(-1);
    assertThat(verdict.summary()).isEqualTo("Không áp dụng tỷ lệ tối đa hoàn thành xuất sắc nhiệm vụ.");
  }

  private static Quota.Entry entry(String code, String score, RatingBand band) {
    return new Quota.Entry(code, "Chi bộ " + code, new BigDecimal(score), band);
  }
}
