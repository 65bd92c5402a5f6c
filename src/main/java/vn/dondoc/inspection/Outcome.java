package vn.dondoc.inspection;

import java.util.Arrays;
import java.util.Optional;

/** The conclusion of an inspection, as {@code dd_inspection_conclusion.outcome} stores it. */
public enum Outcome {
  MEETS("Đạt yêu cầu"),
  SHORTCOMINGS("Có hạn chế, khuyết điểm"),
  VIOLATION("Có vi phạm");

  private final String label;

  Outcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<Outcome> parse(String value) {
    return Arrays.stream(values()).filter(o -> o.name().equals(value)).findFirst();
  }
}
