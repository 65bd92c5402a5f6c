package vn.dondoc.inspection;

import java.util.Arrays;
import java.util.Optional;

/** Why an inspection was opened: the risk selection, a supervision's findings, or by hand. */
public enum Origin {
  SELECTION,
  SUPERVISION,
  MANUAL;

  public static Optional<Origin> parse(String value) {
    return Arrays.stream(values()).filter(o -> o.name().equals(value)).findFirst();
  }
}
