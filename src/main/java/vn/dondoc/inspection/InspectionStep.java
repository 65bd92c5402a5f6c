package vn.dondoc.inspection;

/** Where an inspection stands, as Quy định 296-QĐ/TW names its steps, and after them. */
public enum InspectionStep {
  PREPARE("Chuẩn bị"),
  CONDUCT("Tiến hành"),
  CONCLUDE("Kết luận"),
  REMEDIATION("Khắc phục"),
  CLOSED("Đã kết thúc");

  private final String label;

  InspectionStep(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The steps the legal time limit runs in: from the decision to the approved conclusion. */
  public boolean underTimeLimit() {
    return this == CONDUCT || this == CONCLUDE;
  }
}
