package vn.dondoc.supervision;

/** Where a supervision stands; every status but {@link #CONCLUDED} is open. */
public enum SupervisionStatus {
  PLANNING("Đang lập kế hoạch"),
  AWAITING_APPROVAL("Chờ Thường trực phê duyệt kế hoạch"),
  IN_PROGRESS("Đang giám sát"),
  CONCLUDED("Đã kết luận");

  private final String label;

  SupervisionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
