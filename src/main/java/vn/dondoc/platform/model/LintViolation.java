package vn.dondoc.platform.model;

/**
 * One broken convention: which file, which element, which rule, and what exactly is wrong.
 *
 * @param elementId the offending element's id, or {@code null} when the file as a whole is wrong
 */
public record LintViolation(String resource, String elementId, LintRule rule, String detail) {

  /** "processes/x.bpmn, phần tử Task_A, quy tắc user-task-form: ..." — what a modeler reads. */
  public String message() {
    StringBuilder text = new StringBuilder(resource);
    if (elementId != null) {
      text.append(", phần tử ").append(elementId);
    }
    text.append(", quy tắc ").append(rule.code()).append(": ").append(rule.description());
    if (detail != null && !detail.isBlank()) {
      text.append(" (").append(detail).append(')');
    }
    return text.toString();
  }
}
