package vn.dondoc.platform.tabular;

import java.util.List;
import java.util.Objects;

/**
 * A column the caller expects: its canonical key, the Vietnamese header(s) accepted for it, whether
 * it must be present. Several headers exist because the same template circulates in variants
 * ("Mã", "Mã đơn vị"); the first one is the name shown to the user in error messages.
 */
public record Column(String key, List<String> headers, boolean required) {

  public Column {
    Objects.requireNonNull(key, "key");
    if (key.isBlank()) {
      throw new IllegalArgumentException("Column key must not be blank");
    }
    headers = List.copyOf(headers);
    if (headers.isEmpty() || headers.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("Column " + key + " needs at least one non-blank header");
    }
  }

  public static Column required(String key, String... headers) {
    return new Column(key, List.of(headers), true);
  }

  public static Column optional(String key, String... headers) {
    return new Column(key, List.of(headers), false);
  }

  /** The header quoted to the user when this column is missing or repeated. */
  public String displayName() {
    return headers.get(0);
  }
}
