package vn.dondoc.supervision;

import java.util.Arrays;
import java.util.Optional;

/** The conclusion kinds of {@code dd_inspection_conclusion.outcome}. */
public enum ConclusionOutcome {
  MEETS("Đạt yêu cầu"),
  SHORTCOMINGS("Có hạn chế, khuyết điểm"),
  VIOLATION("Có vi phạm");

  private final String label;

  ConclusionOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<ConclusionOutcome> of(String name) {
    return Arrays.stream(values()).filter(o -> o.name().equals(name)).findFirst();
  }
}
