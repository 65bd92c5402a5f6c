package vn.dondoc.supervision;

/** Quy định 296-QĐ/TW: regular supervision (thường xuyên) and thematic supervision by plan (chuyên đề). */
public enum SupervisionKind {
  REGULAR("Giám sát thường xuyên"),
  THEMATIC("Giám sát chuyên đề");

  private final String label;

  SupervisionKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
