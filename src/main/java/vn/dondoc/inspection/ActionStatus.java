package vn.dondoc.inspection;

/** A remediation action's state: proposed with the conclusion, then followed up once approved. */
public enum ActionStatus {
  PROPOSED("Đề xuất"),
  OPEN("Đang khắc phục"),
  SUBMITTED("Chờ xác nhận"),
  REJECTED("Chưa đạt, làm lại"),
  VERIFIED("Đã xác nhận hoàn thành");

  private final String label;

  ActionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The organisation still has to do (or redo) it. */
  public boolean awaitsOrganization() {
    return this == OPEN || this == REJECTED;
  }
}
