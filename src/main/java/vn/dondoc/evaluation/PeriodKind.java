package vn.dondoc.evaluation;

import java.util.Locale;
import vn.dondoc.platform.web.Rejected;

/** A quarterly or a year-end rating. */
public enum PeriodKind {
  QUARTER,
  YEAR;

  static PeriodKind parse(String text) {
    String word = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
    for (PeriodKind kind : values()) {
      if (kind.name().equals(word)) {
        return kind;
      }
    }
    throw new Rejected("kind", "Loại kỳ đánh giá phải là QUARTER (quý) hoặc YEAR (năm)");
  }
}
