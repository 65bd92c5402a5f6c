package vn.dondoc.platform.model;

/** The modeling conventions of DESIGN.md, each with a stable code and a Vietnamese description. */
public enum LintRule {
  READABLE_FILE("readable-file", "Tệp phải đọc được: XML BPMN, DMN hoặc JSON biểu mẫu hợp lệ"),
  DECISION_ID_MATCHES_FILE("decision-id-matches-file", "Mã (decision id) của mỗi bảng quyết định trong tệp DMN phải là tên tệp, hoặc tên tệp và dấu gạch nối ở đầu"),
  PROCESS_ID_MATCHES_FILE("process-id-matches-file", "Mã quy trình (process id) phải trùng tên tệp"),
  NO_MODELER_DEFAULT_ID("no-modeler-default-id", "Không dùng mã mặc định của Camunda Modeler; đặt mã có nghĩa"),
  HISTORY_TIME_TO_LIVE("history-time-to-live", "Quy trình và bảng quyết định phải khai báo historyTimeToLive"),
  ELEMENT_NAME("element-name", "Phần tử phải có tên (tiếng Việt)"),
  USER_TASK_ASSIGNMENT("user-task-assignment", "Công việc người dùng phải có nhóm ứng viên (candidateGroups) hoặc biểu thức người được giao"),
  USER_TASK_FORM("user-task-form", "Công việc người dùng phải có formRef, binding 'deployment', trỏ tới biểu mẫu có trong cùng lần triển khai"),
  SERVICE_TASK_DELEGATE("service-task-delegate", "Công việc dịch vụ phải dùng delegateExpression trỏ tới một bean có thật"),
  LISTENER_DELEGATE("listener-delegate", "Listener phải dùng delegateExpression trỏ tới một bean có thật"),
  TIMER_EXPRESSION("timer-expression", "Hẹn giờ phải là ISO 8601 hợp lệ hoặc biểu thức gọi một bean có thật"),
  FORM_ID_MATCHES_FILE("form-id-matches-file", "Mã biểu mẫu (id) phải trùng tên tệp");

  private final String code;
  private final String description;

  LintRule(String code, String description) {
    this.code = code;
    this.description = description;
  }

  public String code() {
    return code;
  }

  public String description() {
    return description;
  }
}
