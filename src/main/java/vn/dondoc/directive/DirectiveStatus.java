package vn.dondoc.directive;

public enum DirectiveStatus {
  DRAFT("Dự thảo"),
  PUBLISHED("Đã ban hành"),
  WITHDRAWN("Đã thu hồi"),
  CLOSED("Đã kết thúc theo dõi");

  private final String label;

  DirectiveStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
