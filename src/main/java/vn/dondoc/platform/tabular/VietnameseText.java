package vn.dondoc.platform.tabular;

import java.text.Normalizer;

/**
 * Folds Vietnamese text to a comparison key, because people type the same header or name with or
 * without diacritics, in any case and with stray spaces ("Mã cấp trên", "ma cap tren", " MÃ  CẤP
 * TRÊN ").
 */
public final class VietnameseText {

  private VietnameseText() {}

  /**
   * Lower-case, without diacritics, {@code đ} folded to {@code d}, runs of white space (including
   * non-breaking spaces pasted from Word or the web) collapsed to one space, trimmed. {@code null}
   * folds to {@code ""}.
   */
  public static String fold(String text) {
    if (text == null) {
      return "";
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder folded = new StringBuilder(decomposed.length());
    boolean pendingSpace = false;
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      if (Cells.isSpace(c)) {
        pendingSpace = folded.length() > 0;
        continue;
      }
      if (pendingSpace) {
        folded.append(' ');
        pendingSpace = false;
      }
      folded.append(foldLetter(c));
    }
    return folded.toString();
  }

  /**
   * NFD leaves đ/Đ whole (the bar is not a combining mark), so it is mapped by hand. The Icelandic
   * eth (ð/Ð) is mapped too: legacy font conversions (VNI, TCVN3) often produce it instead of Đ.
   */
  private static char foldLetter(char c) {
    return switch (c) {
      case 'đ', 'Đ', 'ð', 'Ð' -> 'd';
      default -> Character.toLowerCase(c);
    };
  }
}
