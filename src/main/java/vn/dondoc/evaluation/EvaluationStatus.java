package vn.dondoc.evaluation;

/** Where an evaluation stands; the step it waits for names who acts next. */
public enum EvaluationStatus {
  REVIEW("Ban Xây dựng Đảng xem xét"),
  OPINION("Ủy ban Kiểm tra cho ý kiến"),
  DECISION("Thường trực quyết định"),
  PUBLISHED("Đã công bố");

  private final String label;

  EvaluationStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
