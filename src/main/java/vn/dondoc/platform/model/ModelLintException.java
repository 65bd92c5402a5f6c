package vn.dondoc.platform.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.bpmn.parser.ResourceReportImpl;
import org.camunda.bpm.engine.impl.xml.ProblemImpl;

/**
 * A deployment refused by the model linter. Being a {@link ParseException}, the REST API answers
 * it with 400 and a report per resource whose problems carry the element ids, which is what
 * Camunda Modeler shows the person who pressed "Deploy".
 */
public class ModelLintException extends ParseException {

  private final transient List<LintViolation> violations;

  public ModelLintException(List<LintViolation> violations) {
    super(summary(violations), violations.get(0).resource(), List.of(), List.of());
    this.violations = List.copyOf(violations);
    resorceReports.clear();
    Map<String, List<Problem>> byResource = new LinkedHashMap<>();
    for (LintViolation violation : violations) {
      byResource.computeIfAbsent(violation.resource(), r -> new ArrayList<>())
          .add(new ProblemImpl(new BpmnParseException(violation.message(), null), violation.elementId()));
    }
    byResource.forEach((resource, problems) -> resorceReports.add(new ResourceReportImpl(resource, problems, List.of())));
  }

  public List<LintViolation> violations() {
    return violations;
  }

  private static String summary(List<LintViolation> violations) {
    return "Mô hình vi phạm quy ước của Đôn đốc:\n"
        + violations.stream().map(v -> "- " + v.message()).collect(Collectors.joining("\n"));
  }
}
