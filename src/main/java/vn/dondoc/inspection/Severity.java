package vn.dondoc.inspection;

import java.util.Arrays;
import java.util.Optional;

/** How serious a finding is. Anything above minor must be proven by at least one file. */
public enum Severity {
  MINOR("Nhẹ"),
  MODERATE("Trung bình"),
  SERIOUS("Nghiêm trọng");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean needsEvidence() {
    return this != MINOR;
  }

  public static Optional<Severity> parse(String value) {
    return Arrays.stream(values()).filter(s -> s.name().equals(value)).findFirst();
  }
}
