package vn.dondoc.evaluation;

import java.util.Locale;
import vn.dondoc.platform.web.Rejected;

/** The grades of Quy định 366-QĐ/TW, best first; {@code evaluation-rating.dmn} answers with their names. */
public enum RatingBand {
  EXCELLENT("Hoàn thành xuất sắc nhiệm vụ"),
  GOOD("Hoàn thành tốt nhiệm vụ"),
  COMPLETED("Hoàn thành nhiệm vụ"),
  NOT_COMPLETED("Không hoàn thành nhiệm vụ");

  private final String label;

  RatingBand(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Good or better: the base of the excellent quota. */
  public boolean goodOrBetter() {
    return this == EXCELLENT || this == GOOD;
  }

  /** From a REST call or form; {@code field} names where it came from. */
  public static RatingBand parse(String text, String field) {
    String word = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
    for (RatingBand band : values()) {
      if (band.name().equals(word)) {
        return band;
      }
    }
    throw new Rejected(field, "Mức xếp loại phải là EXCELLENT, GOOD, COMPLETED hoặc NOT_COMPLETED");
  }
}
