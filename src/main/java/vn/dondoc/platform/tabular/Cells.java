package vn.dondoc.platform.tabular;

/** Cell text clean-up shared by both formats, so CSV and XLSX values compare equal. */
final class Cells {

  private Cells() {}

  /**
   * White space as a user perceives it: besides ASCII and Unicode spaces this includes the
   * non-breaking space Excel cells often carry and a stray byte order mark.
   */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
  }

  static String clean(String text) {
    if (text == null) {
      return "";
    }
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  static boolean isBlank(String text) {
    return clean(text).isEmpty();
  }
}
