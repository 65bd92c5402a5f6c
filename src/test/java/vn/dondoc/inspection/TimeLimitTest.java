package vn.dondoc.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The legal time limit: 20 days from the decision, a third more once, shown as days left or overdue. */
class TimeLimitTest {

  static final LocalDate DECIDED = LocalDate.of(2026, 3, 2);

  @Test
  void daysLeftAndOverdue() {
    TimeLimit limit = new TimeLimit(DECIDED, 20, 0);
    assertThat(limit.endsOn()).isEqualTo(LocalDate.of(2026, 3, 22));
    assertThat(limit.text(LocalDate.of(2026, 3, 17))).isEqualTo("còn 5 ngày");
    assertThat(limit.text(LocalDate.of(2026, 3, 22))).isEqualTo("hôm nay là hạn cuối");
    assertThat(limit.overdue(LocalDate.of(2026, 3, 22))).isFalse();
    assertThat(limit.text(LocalDate.of(2026, 3, 24))).isEqualTo("quá hạn 2 ngày");
    assertThat(limit.overdue(LocalDate.of(2026, 3, 23))).isTrue();
  }

  @Test
  void anExtensionIsAtMostAThirdRoundedDown() {
    assertThat(new TimeLimit(DECIDED, 20, 0).maxExtension()).isEqualTo(6);
    assertThat(new TimeLimit(DECIDED, 30, 0).maxExtension()).isEqualTo(10);
    TimeLimit extended = new TimeLimit(DECIDED, 20, 6);
    assertThat(extended.extended()).isTrue();
    assertThat(extended.endsOn()).isEqualTo(LocalDate.of(2026, 3, 28));
  }
}
