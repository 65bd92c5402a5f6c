package vn.dondoc.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.dondoc.platform.web.FieldError;

/** Which committee's bands a report uses, the limits' rules, and rates at the edges of a committee's own bands. */
class UsageBandsTest {

  static final Bands DEFAULTS = new Bands(BigDecimal.valueOf(100), BigDecimal.valueOf(25));
  static final Bands PROVINCE = new Bands(BigDecimal.valueOf(95), BigDecimal.valueOf(30));
  static final Bands COMMUNE = new Bands(new BigDecimal("90.5"), BigDecimal.valueOf(50));
  static final String BRANCH = "/TU/DU-X/CB-1/";

  @Test
  void aCommuneWithItsOwnBandsUsesThem() {
    UsageBands.Resolved resolved = UsageBands.resolve(BRANCH, Map.of("TU", PROVINCE, "DU-X", COMMUNE), DEFAULTS);
    assertThat(resolved).isEqualTo(new UsageBands.Resolved(COMMUNE, "DU-X"));
    assertThat(UsageBands.resolve("/TU/DU-X/", Map.of("DU-X", COMMUNE), DEFAULTS).bands()).isEqualTo(COMMUNE);
  }

  @Test
  void aCommuneWithoutThemInheritsItsProvincesThenTheDefaults() {
    assertThat(UsageBands.resolve(BRANCH, Map.of("TU", PROVINCE), DEFAULTS)).isEqualTo(new UsageBands.Resolved(PROVINCE, "TU"));
    assertThat(UsageBands.resolve("/TU/", Map.of("TU", PROVINCE), DEFAULTS).bands()).isEqualTo(PROVINCE);
    assertThat(UsageBands.resolve(BRANCH, Map.of(), DEFAULTS)).isEqualTo(new UsageBands.Resolved(DEFAULTS, null));
    // Another commune's bands are not this one's, nor are those of a commune below the province's report.
    assertThat(UsageBands.resolve(BRANCH, Map.of("DU-Y", COMMUNE), DEFAULTS).bands()).isEqualTo(DEFAULTS);
    assertThat(UsageBands.resolve("/TU/", Map.of("DU-X", COMMUNE), DEFAULTS).bands()).isEqualTo(DEFAULTS);
  }

  /** The commune's 90,5% and 50%: 90,49% is not commended, 50,01% is no longer low. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0 | 10000 | NOT_DEPLOYED",
      "1 | 10000 | LOW",
      "5000 | 10000 | LOW",
      "5001 | 10000 | MIDDLE",
      "9049 | 10000 | MIDDLE",
      "9050 | 10000 | COMMENDED",
      "10000 | 10000 | COMMENDED"})
  void ratesAtTheEdgesOfACommunesBands(long count, long denominator, Band band) {
    assertThat(Band.of(new Rate(count, denominator), COMMUNE)).isEqualTo(band);
  }

  @Test
  void limitsMustBeOrderedWithinZeroAndAHundred() {
    assertThat(Bands.problems(BigDecimal.valueOf(100), new BigDecimal("99.99"))).isEmpty();
    assertThat(Bands.problems(new BigDecimal("0.02"), new BigDecimal("0.01"))).isEmpty();
    assertThat(Bands.problems(null, null)).extracting(FieldError::field).containsExactly("commendedFrom", "lowUpTo");
    assertThat(Bands.problems(BigDecimal.valueOf(101), BigDecimal.TEN)).containsExactly(new FieldError("commendedFrom",
        "Mức biểu dương phải lớn hơn 0% và không quá 100%, không phải 101%"));
    assertThat(Bands.problems(BigDecimal.ZERO, BigDecimal.TEN)).extracting(FieldError::field).containsExactly("commendedFrom");
    assertThat(Bands.problems(BigDecimal.valueOf(100), BigDecimal.ZERO)).containsExactly(new FieldError("lowUpTo",
        "Mức tỷ lệ thấp phải lớn hơn 0% (0% là chưa triển khai), không phải 0%"));
    assertThat(Bands.problems(BigDecimal.valueOf(50), BigDecimal.valueOf(50))).containsExactly(new FieldError("lowUpTo",
        "Mức tỷ lệ thấp (50%) phải nhỏ hơn mức biểu dương (50%)"));
    assertThat(Bands.problems(new BigDecimal("99.999"), BigDecimal.TEN)).extracting(FieldError::message)
        .containsExactly("Mức biểu dương chỉ có tối đa 2 chữ số thập phân");
    assertThat(Bands.problems(BigDecimal.valueOf(100), new BigDecimal("25.005"))).extracting(FieldError::field)
        .containsExactly("lowUpTo");
    assertThatThrownBy(() -> new Bands(BigDecimal.TEN, BigDecimal.TEN)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void limitsAreKeptAndWordedAsGiven() {
    Bands stored = new Bands(new BigDecimal("100.00"), new BigDecimal("25.50"));
    assertThat(stored.commendedFrom().toPlainString()).isEqualTo("100");
    assertThat(stored.lowUpTo().toPlainString()).isEqualTo("25.5");
    assertThat(stored).isEqualTo(new Bands(BigDecimal.valueOf(100), new BigDecimal("25.5")));
    assertThat(UsageBands.describe(stored)).isEqualTo("Biểu dương: từ 100%; tỷ lệ thấp: trên 0% đến 25,5%; chưa triển khai: 0%");
  }
}
