package vn.dondoc.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;

/** The hash key is required and the citizen-id hash is keyed; band limits must make sense. */
class UsageSettingsTest {

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  static final BigDecimal QUARTER = BigDecimal.valueOf(25);

  @Test
  void withoutAKeyOfAtLeast32CharactersTheApplicationDoesNotStart() {
    assertThatThrownBy(() -> new UsageSettings("", 4, HUNDRED, QUARTER))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("DONDOC_USAGE_HASH_KEY");
    assertThatThrownBy(() -> new UsageSettings(null, 4, HUNDRED, QUARTER)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new UsageSettings("k".repeat(31), 4, HUNDRED, QUARTER)).isInstanceOf(IllegalStateException.class);
  }

  /** The application's own configuration files: the public development key comes with the demo profile only. */
  @Test
  void onlyTheDefaultDemoProfileHasADevelopmentKey() {
    Assumptions.assumeTrue(System.getenv("DONDOC_USAGE_HASH_KEY") == null, "DONDOC_USAGE_HASH_KEY is set here");
    try (ConfigurableApplicationContext demo = settingsOnly().run()) {
      assertThat(demo.getEnvironment().getActiveProfiles()).isEmpty();
      assertThat(demo.getBean(UsageSettings.class).hashKey()).startsWith("dev-only");
    }
    assertThatThrownBy(() -> settingsOnly().profiles("postgres").run().close()).rootCause()
        .hasMessageContaining("DONDOC_USAGE_HASH_KEY");
    assertThatThrownBy(() -> settingsOnly().profiles("staging").run().close()).rootCause()
        .hasMessageContaining("DONDOC_USAGE_HASH_KEY");
  }

  @Test
  void theKeyIsNotShownWithTheSettings() {
    UsageSettings settings = new UsageSettings("bi-mat-".repeat(6), 4, HUNDRED, QUARTER);
    assertThat(settings.toString()).doesNotContain("bi-mat").contains("regularMinAccesses=4", "lowUpTo=25");
  }

  @Test
  void bandLimitsAndTheRegularUseThresholdMustMakeSense() {
    String key = "k".repeat(32);
    assertThatThrownBy(() -> new UsageSettings(key, 0, HUNDRED, QUARTER)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new UsageSettings(key, 4, QUARTER, HUNDRED)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new UsageSettings(key, 4, BigDecimal.valueOf(101), QUARTER)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new UsageSettings(key, 4, HUNDRED, BigDecimal.ZERO)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theCitizenIdHashIsStableKeyedAndHidesTheNumber() {
    MemberKeys keys = new MemberKeys(new UsageSettings("a".repeat(32), 4, HUNDRED, QUARTER));
    MemberKeys otherKey = new MemberKeys(new UsageSettings("b".repeat(32), 4, HUNDRED, QUARTER));

    String hashed = keys.ofCitizenId("001086012345");

    assertThat(hashed).matches("cccd:[0-9a-f]{64}").doesNotContain("001086012345");
    assertThat(keys.ofCitizenId("001086012345")).isEqualTo(hashed);
    assertThat(keys.ofCitizenId("001086012346")).isNotEqualTo(hashed);
    assertThat(otherKey.ofCitizenId("001086012345")).isNotEqualTo(hashed);
  }

  /** Binds dondoc.usage.* from application.yml and its profile files, and nothing else. */
  private static SpringApplicationBuilder settingsOnly() {
    return new SpringApplicationBuilder(SettingsOnly.class).web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
        .logStartupInfo(false);
  }

  @EnableConfigurationProperties(UsageSettings.class)
  static class SettingsOnly {
  }
}
