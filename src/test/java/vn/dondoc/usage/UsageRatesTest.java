package vn.dondoc.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dondoc.organization.Organization;
import vn.dondoc.organization.OrganizationType;
import vn.dondoc.platform.time.VietnameseFormat;

/** Rates as the letters write them, exact band edges, and the roll-up along paths. */
class UsageRatesTest {

  static final UsageSettings DEFAULTS = new UsageSettings("k".repeat(32), 4, BigDecimal.valueOf(100), BigDecimal.valueOf(25));

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1 | 6 | 16,67%",
      "1687 | 1920 | 87,86%",
      "93911 | 121350 | 77,39%",
      "1 | 8 | 12,5%",
      "1 | 4 | 25%",
      "6 | 6 | 100%",
      "0 | 7 | 0%",
      // 2/3 = 66,666…: half-up on the third decimal
      "2 | 3 | 66,67%",
      // 1/800 = 0,125 exactly: half-up, where half-even would give 0,12
      "1 | 800 | 0,13%",
      // 99,995% rounds up to 100% in text, but is not 100% for the bands
      "19999 | 20000 | 100%"})
  void ratesAreRoundedHalfUpToTwoDecimalsAndWrittenTheVietnameseWay(long count, long denominator, String text) {
    assertThat(new Rate(count, denominator).text()).isEqualTo(text);
  }

  @Test
  void theNumbersAndTheFootnoteAreWrittenAsTheLettersWriteThem() {
    assertThat(VietnameseFormat.number(93_911)).isEqualTo("93.911");
    assertThat(VietnameseFormat.number(127_045)).isEqualTo("127.045");
    assertThat(VietnameseFormat.number(664)).isEqualTo("664");
    assertThat(VietnameseFormat.percent(new BigDecimal("1234.50"))).isEqualTo("1.234,5%");
    // Given more decimals than it writes, it rounds half-up too, not half-even.
    assertThat(VietnameseFormat.percent(new BigDecimal("0.125"))).isEqualTo("0,13%");
    assertThat(VietnameseFormat.asOfFootnote(LocalDateTime.of(2026, 3, 10, 17, 0)))
        .isEqualTo("Tính đến thời điểm 17 giờ 00 phút, ngày 10/3/2026");
    assertThat(VietnameseFormat.moment(LocalDateTime.of(2026, 11, 28, 8, 5))).isEqualTo("8 giờ 05 phút, ngày 28/11/2026");
  }

  @Test
  void withoutMembersInActivityThereIsNoRate() {
    Rate none = new Rate(0, 0);
    assertThat(none.percent()).isNull();
    assertThat(none.text()).isEmpty();
    assertThat(Band.of(none, DEFAULTS.bands())).isEqualTo(Band.NO_DATA);
  }

  /** Band edges on exact rates: 1/10.000 is 0,01%, 2.501/10.000 is 25,01%, 9.999/10.000 is 99,99%. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0 | 10000 | NOT_DEPLOYED",
      "1 | 10000 | LOW",
      "2500 | 10000 | LOW",
      "2501 | 10000 | MIDDLE",
      "9999 | 10000 | MIDDLE",
      "19999 | 20000 | MIDDLE",
      "10000 | 10000 | COMMENDED"})
  void bandsAtTheirEdges(long count, long denominator, Band band) {
    assertThat(Band.of(new Rate(count, denominator), DEFAULTS.bands())).isEqualTo(band);
  }

  @Test
  void bandLimitsAreConfigurable() {
    Bands strict = new Bands(BigDecimal.valueOf(95), new BigDecimal("50.5"));
    assertThat(Band.of(new Rate(95, 100), strict)).isEqualTo(Band.COMMENDED);
    assertThat(Band.of(new Rate(505, 1000), strict)).isEqualTo(Band.LOW);
    assertThat(Band.of(new Rate(506, 1000), strict)).isEqualTo(Band.MIDDLE);
  }

  @Test
  void exemptMembersNeverCountInTheDenominator() {
    // 6 members, 2 of them exempt: 4 in activity, 3 accessed (an exempt member's access is not counted).
    Figures branch = new Figures(4, 2, 4, 3, 1);
    assertThat(branch.access().text()).isEqualTo("75%");
    assertThat(branch.activation().text()).isEqualTo("100%");
    assertThat(branch.regularUse().text()).isEqualTo("25%");
  }

  @Test
  void highestRateFirstComparesExactly() {
    List<Rate> rates = new java.util.ArrayList<>(List.of(new Rate(1, 3), new Rate(2, 3), new Rate(333, 1000), new Rate(1, 1)));
    rates.sort(Rate::descending);
    assertThat(rates).containsExactly(new Rate(1, 1), new Rate(2, 3), new Rate(1, 3), new Rate(333, 1000));
  }

  /** No members in activity is no rate, not a rate equal to every other: it goes last. */
  @Test
  void noRateSortsLastAndDoesNotSplitTheRatesAroundIt() {
    List<Rate> rates = new java.util.ArrayList<>(List.of(new Rate(3, 10), new Rate(0, 0), new Rate(9, 10)));
    rates.sort(Rate::descending);
    assertThat(rates).containsExactly(new Rate(9, 10), new Rate(3, 10), new Rate(0, 0));
    assertThat(Rate.descending(new Rate(0, 0), new Rate(0, 5))).isPositive();
    assertThat(Rate.descending(new Rate(0, 0), new Rate(0, 0))).isZero();
  }

  @Test
  void figuresRollUpTheTreeAlongThePaths() {
    List<Organization> subtree = List.of(
        organization("X", null, "/T/X/"),
        organization("DB", "X", "/T/X/DB/"),
        organization("C1", "DB", "/T/X/DB/C1/"),
        organization("B1", "X", "/T/X/B1/"));
    Map<String, Figures> own = Map.of(
        "C1", new Figures(10, 1, 9, 8, 2),
        "B1", new Figures(5, 0, 5, 0, 0),
        "DB", new Figures(2, 0, 2, 2, 2),
        "ELSEWHERE", new Figures(100, 0, 100, 100, 100));

    Map<String, Figures> totals = Rollup.of(subtree, own, Figures.ZERO, Figures::plus);

    assertThat(totals.keySet()).containsExactly("X", "DB", "C1", "B1");
    assertThat(totals.get("C1")).isEqualTo(new Figures(10, 1, 9, 8, 2));
    assertThat(totals.get("DB")).isEqualTo(new Figures(12, 1, 11, 10, 4));
    assertThat(totals.get("X")).isEqualTo(new Figures(17, 1, 16, 10, 4));
    assertThat(totals.get("X").access().text()).isEqualTo("58,82%");
  }

  private static Organization organization(String code, String parent, String path) {
    return new Organization(code, "Tổ chức " + code, OrganizationType.GRASSROOTS_BRANCH, parent, path, "X", null, true,
        null, null);
  }
}
