package vn.dondoc.usage;

import java.util.Optional;

/** What came of a support pair. */
enum SupportOutcome {
  PENDING("Đang hỗ trợ"),
  LOGGED_IN("Đã cài đặt và đăng nhập"),
  CANNOT("Không thực hiện được");

  private final String label;

  SupportOutcome(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  /** {@code LOGGED_IN}, {@code logged-in} or {@code logged_in}. */
  static Optional<SupportOutcome> of(String text) {
    return EnumText.of(values(), text);
  }
}
