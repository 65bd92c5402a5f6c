package vn.dondoc.supervision;

/** What the selection rules decide for an organisation in a period. */
public enum SelectionAction {
  INSPECT("Kiểm tra"),
  SUPERVISE("Giám sát chuyên đề"),
  NONE("Chưa cần giám sát, kiểm tra");

  private final String label;

  SelectionAction(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
