package vn.dondoc.usage;

import java.util.Optional;

/** Who helps a member: a younger member of his branch, or a body named as text. */
enum HelperKind {
  MEMBER("Đảng viên trẻ cùng chi bộ"),
  YOUTH_UNION("Đoàn Thanh niên"),
  DIGITAL_TEAM("Tổ công nghệ số cộng đồng");

  private final String label;

  HelperKind(String label) {
    this.label = label;
  }

  /** The kind's name, and the helper's name when none is given for a body. */
  String label() {
    return label;
  }

  /** {@code YOUTH_UNION}, {@code youth-union} or {@code youth_union}. */
  static Optional<HelperKind> of(String text) {
    return EnumText.of(values(), text);
  }
}
