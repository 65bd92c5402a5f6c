package vn.dondoc.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.dondoc.usage.SupportRules.Member;
import vn.dondoc.usage.SupportRules.Proposal;

/** Who needs help and who gives it, at the edges of the ages, the smartphone flag and a helper's capacity. */
class SupportRulesTest {

  static final SupportSettings DEFAULTS = new SupportSettings(60, 35, 3, "Đoàn Thanh niên");
  static final int YEAR = 2026;
  final SupportRules rules = new SupportRules(DEFAULTS, YEAR);

  @Test
  void sixtyAtTheAsOfYearIsElderlyFiftyNineIsNot() {
    assertThat(rules.elderly(notAccessed("A", 1966, true))).isTrue();
    assertThat(rules.elderly(notAccessed("B", 1967, true))).isFalse();
    assertThat(rules.elderly(notAccessed("C", null, true))).as("no birth year").isFalse();
    assertThat(rules.needsHelp(notAccessed("A", 1966, true))).isTrue();
    assertThat(rules.needsHelp(notAccessed("B", 1967, true))).isFalse();
    // Another threshold from the settings moves the edge.
    SupportRules sixtyFive = new SupportRules(new SupportSettings(65, 35, 3, "Đoàn Thanh niên"), YEAR);
    assertThat(sixtyFive.elderly(notAccessed("A", 1966, true))).isFalse();
    assertThat(sixtyFive.elderly(notAccessed("D", 1961, true))).isTrue();
  }

  @Test
  void onlyAnExplicitNoSmartphoneCountsAndAMemberWhoAccessedNeedsNoHelp() {
    assertThat(rules.needsHelp(notAccessed("A", 1990, false))).isTrue();
    assertThat(rules.needsHelp(notAccessed("B", 1990, null))).as("not given").isFalse();
    assertThat(rules.needsHelp(notAccessed("C", 1990, true))).isFalse();
    assertThat(rules.needsHelp(new Member("D", null, "B1", 1940, false, true))).as("accessed").isFalse();
    Proposal both = rules.propose(List.of(notAccessed("E", 1950, false)), Set.of(), Map.of()).get(0);
    assertThat(both.elderly()).isTrue();
    assertThat(both.noSmartphone()).isTrue();
    assertThat(SupportPair.needs(both.elderly(), both.noSmartphone())).isEqualTo("Cao tuổi, Không có điện thoại thông minh");
  }

  @Test
  void aHelperIsYoungerThanThirtyFiveAccessedAndOfTheSameBranch() {
    assertThat(rules.whyNotHelper(young("H1", 1992), "B1", 0)).as("34 years old").isEmpty();
    assertThat(rules.whyNotHelper(young("H2", 1991), "B1", 0)).contains("35 tuổi, không dưới 35 tuổi");
    assertThat(rules.whyNotHelper(young("H1", 1992), "B2", 0)).contains("không cùng chi bộ (B1)");
    assertThat(rules.whyNotHelper(new Member("H3", null, "B1", 2000, true, false), "B1", 0)).contains("chưa truy cập ứng dụng");
    assertThat(rules.whyNotHelper(new Member("H4", null, "B1", null, true, true), "B1", 0))
        .contains("CSDL đảng viên không có năm sinh");
    assertThat(rules.whyNotHelper(young("H1", 1992), "B1", 3)).contains("đã hỗ trợ 3 người, tối đa 3");
  }

  @Test
  void helpersShareTheWorkEvenlyUpToTheirCapacityThenTheYouthUnionHelps() {
    List<Member> members = List.of(young("H2", 2000), young("H1", 1995), notAccessed("M1", 1940, true),
        notAccessed("M2", 1941, true), notAccessed("M3", 1942, true), notAccessed("M4", 1943, true),
        notAccessed("M5", 1944, true), notAccessed("M6", 1945, true), notAccessed("M7", 1946, true),
        notAccessed("M8", null, false), young("X1", 1999, "B2"));

    List<Proposal> proposals = rules.propose(members, Set.of(), Map.of());

    // The oldest first, alternately to the helper with fewer pairs (then by key), three each, the rest to the Youth Union.
    assertThat(proposals).extracting(p -> p.member().key() + ">" + (p.helper() == null ? "ĐTN" : p.helper().key()))
        .containsExactly("M1>H1", "M2>H2", "M3>H1", "M4>H2", "M5>H1", "M6>H2", "M7>ĐTN", "M8>ĐTN");
    assertThat(proposals.get(6).helperKind()).isEqualTo(HelperKind.YOUTH_UNION);
    assertThat(proposals.get(0).helperKind()).isEqualTo(HelperKind.MEMBER);
  }

  @Test
  void proposingAgainSkipsMembersAlreadyPairedAndCountsTheirHelpersOpenPairs() {
    List<Member> members = List.of(young("H1", 1995), young("H2", 1996), notAccessed("M1", 1940, true),
        notAccessed("M2", 1941, true), notAccessed("M3", 1942, true));

    List<Proposal> proposals = rules.propose(members, Set.of("M1"), Map.of("H1", 3, "H2", 2));

    assertThat(proposals).extracting(p -> p.member().key() + ">" + (p.helper() == null ? "ĐTN" : p.helper().key()))
        .containsExactly("M2>H2", "M3>ĐTN");
    assertThat(rules.propose(members, Set.of("M1", "M2", "M3"), Map.of())).isEmpty();
  }

  @Test
  void settingsMustMakeSense() {
    assertThatThrownBy(() -> new SupportSettings(35, 35, 3, "Đoàn Thanh niên")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new SupportSettings(60, 35, 0, "Đoàn Thanh niên")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new SupportSettings(60, 35, 3, " ")).isInstanceOf(IllegalStateException.class);
  }

  private static Member notAccessed(String key, Integer birthYear, Boolean smartphone) {
    return new Member(key, "Đảng viên " + key, "B1", birthYear, smartphone, false);
  }

  private static Member young(String key, int birthYear) {
    return young(key, birthYear, "B1");
  }

  private static Member young(String key, int birthYear, String branch) {
    return new Member(key, "Đảng viên " + key, branch, birthYear, true, true);
  }
}
