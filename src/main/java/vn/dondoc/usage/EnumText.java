package vn.dondoc.usage;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** An enum constant as a request names it: {@code LOGGED_IN}, {@code logged-in} or {@code logged_in}. */
final class EnumText {

  private EnumText() {
  }

  static <E extends Enum<E>> Optional<E> of(E[] values, String text) {
    String name = text == null ? "" : text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    return Arrays.stream(values).filter(value -> value.name().equals(name)).findFirst();
  }
}
