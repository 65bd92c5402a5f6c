package vn.dondoc.platform.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.ModelException;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Checks the modeling conventions of DESIGN.md on a set of model files that are deployed
 * together. The same checks run in the tests over {@code processes/} and inside the engine on
 * every deployment, so a model that passes here is one the engine will accept.
 */
public final class ModelLinter {

  /** Ids as Camunda Modeler generates them: {@code Activity_0abc123}, {@code Flow_1x2y3z4}, {@code StartEvent_1}. */
  private static final Pattern MODELER_DEFAULT_ID =
      Pattern.compile("^[A-Za-z]+_(\\d+|(?=[a-z0-9]*\\d)[a-z0-9]{7})$");
  private static final Pattern EXPRESSION = Pattern.compile("^[$#]\\{\\s*([A-Za-z_][A-Za-z0-9_]*)[^{}]*}$");
  private static final String DEPLOYMENT_BINDING = "deployment";

  private final Predicate<String> beanExists;
  private final ObjectMapper json = new ObjectMapper();

  /** @param beanExists tells whether a bean of that name exists for delegate and timer expressions */
  public ModelLinter(Predicate<String> beanExists) {
    this.beanExists = beanExists;
  }

  public List<LintViolation> lint(Collection<ModelFile> files) {
    List<LintViolation> violations = new ArrayList<>();
    Set<String> formIds = new HashSet<>();
    for (ModelFile file : files) {
      if (file.isForm()) {
        lintForm(file, violations).ifPresent(formIds::add);
      }
    }
    for (ModelFile file : files) {
      if (file.isBpmn()) {
        lintBpmn(file, formIds, violations);
      } else if (file.isDmn()) {
        lintDmn(file, violations);
      }
    }
    return violations;
  }

  private Optional<String> lintForm(ModelFile file, List<LintViolation> violations) {
    JsonNode id;
    try {
      id = json.readTree(file.content()).path("id");
    } catch (IOException e) {
      violations.add(new LintViolation(file.name(), null, LintRule.READABLE_FILE, "JSON không hợp lệ: " + e.getMessage()));
      return Optional.empty();
    }
    if (!id.isTextual() || !id.asText().equals(file.baseName())) {
      violations.add(new LintViolation(file.name(), id.isTextual() ? id.asText() : null, LintRule.FORM_ID_MATCHES_FILE,
          "cần id \"" + file.baseName() + "\""));
    }
    return id.isTextual() ? Optional.of(id.asText()) : Optional.empty();
  }

  private void lintBpmn(ModelFile file, Set<String> formIds, List<LintViolation> violations) {
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromStream(new ByteArrayInputStream(file.content()));
    } catch (ModelException e) {
      violations.add(new LintViolation(file.name(), null, LintRule.READABLE_FILE, e.getMessage()));
      return;
    }
    Check check = new Check(file, violations);
    for (Process process : model.getModelElementsByType(Process.class)) {
      if (process.isExecutable() && !file.baseName().equals(process.getId())) {
        check.fail(process, LintRule.PROCESS_ID_MATCHES_FILE, "cần id \"" + file.baseName() + "\"");
      }
      if (process.isExecutable() && isBlank(process.getCamundaHistoryTimeToLiveString())) {
        check.fail(process, LintRule.HISTORY_TIME_TO_LIVE, null);
      }
      if (isBlank(process.getName())) {
        check.fail(process, LintRule.ELEMENT_NAME, null);
      }
    }
    for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
      if (element.getId() != null && MODELER_DEFAULT_ID.matcher(element.getId()).matches()) {
        check.fail(element, LintRule.NO_MODELER_DEFAULT_ID, null);
      }
    }
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (needsName(node) && isBlank(node.getName())) {
        check.fail(node, LintRule.ELEMENT_NAME, null);
      }
    }
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      lintUserTask(task, formIds, check);
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      if (start.getCamundaFormRef() != null) {
        lintFormRef(start, start.getCamundaFormRef(), start.getCamundaFormRefBinding(), formIds, check);
      }
    }
    for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
      lintDelegate(task, task.getCamundaDelegateExpression(), check);
    }
    for (SendTask task : model.getModelElementsByType(SendTask.class)) {
      lintDelegate(task, task.getCamundaDelegateExpression(), check);
    }
    for (TimerEventDefinition timer : model.getModelElementsByType(TimerEventDefinition.class)) {
      lintTimer(timer, check);
    }
    for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
      lintListener(owner(listener), listener.getCamundaDelegateExpression(), check);
    }
    for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
      lintListener(owner(listener), listener.getCamundaDelegateExpression(), check);
    }
  }

  /**
   * A decision table is called by its key, so one of the file's decisions carries the file's name;
   * every decision sets its history time to live (its name the DMN schema already requires). Rule and column ids are left to Camunda
   * Modeler, which generates them as administrators add rows.
   */
  private void lintDmn(ModelFile file, List<LintViolation> violations) {
    DmnModelInstance model;
    try {
      model = Dmn.readModelFromStream(new ByteArrayInputStream(file.content()));
    } catch (ModelException e) {
      violations.add(new LintViolation(file.name(), null, LintRule.READABLE_FILE, e.getMessage()));
      return;
    }
    var decisions = model.getModelElementsByType(Decision.class);
    if (decisions.isEmpty()) {
      violations.add(new LintViolation(file.name(), null, LintRule.DECISION_ID_MATCHES_FILE,
          "cần một quyết định có id \"" + file.baseName() + "\""));
    }
    for (Decision decision : decisions) {
      // A file of several tables (evaluation-score.dmn: one per criterion) names each after itself.
      String id = decision.getId();
      if (id == null || !id.equals(file.baseName()) && !id.startsWith(file.baseName() + "-")) {
        violations.add(new LintViolation(file.name(), id, LintRule.DECISION_ID_MATCHES_FILE,
            "cần id \"" + file.baseName() + "\" hoặc bắt đầu bằng \"" + file.baseName() + "-\""));
      }
      if (isBlank(decision.getCamundaHistoryTimeToLiveString())) {
        violations.add(new LintViolation(file.name(), id, LintRule.HISTORY_TIME_TO_LIVE, null));
      }
      if (id != null && MODELER_DEFAULT_ID.matcher(id).matches()) {
        violations.add(new LintViolation(file.name(), id, LintRule.NO_MODELER_DEFAULT_ID, null));
      }
    }
  }

  /** Activities and events carry names; of the gateways only those that decide (split) do. */
  private static boolean needsName(FlowNode node) {
    if (node instanceof Activity || node instanceof Event) {
      return true;
    }
    return node instanceof Gateway && !(node instanceof ParallelGateway) && node.getOutgoing().size() > 1;
  }

  private void lintUserTask(UserTask task, Set<String> formIds, Check check) {
    boolean hasGroups = !isBlank(task.getCamundaCandidateGroups());
    String assignee = task.getCamundaAssignee();
    boolean hasAssigneeExpression = assignee != null && EXPRESSION.matcher(assignee.trim()).matches();
    if (!hasGroups && !hasAssigneeExpression) {
      check.fail(task, LintRule.USER_TASK_ASSIGNMENT, assignee == null ? null : "assignee \"" + assignee + "\" không phải biểu thức");
    }
    lintFormRef(task, task.getCamundaFormRef(), task.getCamundaFormRefBinding(), formIds, check);
  }

  private void lintFormRef(BaseElement element, String formRef, String binding, Set<String> formIds, Check check) {
    if (isBlank(formRef)) {
      check.fail(element, LintRule.USER_TASK_FORM, "thiếu formRef");
    } else if (!DEPLOYMENT_BINDING.equals(binding)) {
      check.fail(element, LintRule.USER_TASK_FORM, "formRefBinding là \"" + binding + "\"");
    } else if (!formIds.contains(formRef)) {
      check.fail(element, LintRule.USER_TASK_FORM, "không có biểu mẫu \"" + formRef + "\" trong lần triển khai");
    }
  }

  private void lintDelegate(BaseElement task, String delegateExpression, Check check) {
    if (isBlank(delegateExpression)) {
      check.fail(task, LintRule.SERVICE_TASK_DELEGATE, "thiếu delegateExpression");
      return;
    }
    String bean = rootIdentifier(delegateExpression);
    if (bean == null) {
      check.fail(task, LintRule.SERVICE_TASK_DELEGATE, "\"" + delegateExpression + "\" không phải biểu thức ${tenBean}");
    } else if (!beanExists.test(bean)) {
      check.fail(task, LintRule.SERVICE_TASK_DELEGATE, "không có bean \"" + bean + "\"");
    }
  }

  private void lintListener(BaseElement owner, String delegateExpression, Check check) {
    String bean = delegateExpression == null ? null : rootIdentifier(delegateExpression);
    if (bean == null) {
      check.fail(owner, LintRule.LISTENER_DELEGATE, delegateExpression == null ? "thiếu delegateExpression" : delegateExpression);
    } else if (!beanExists.test(bean)) {
      check.fail(owner, LintRule.LISTENER_DELEGATE, "không có bean \"" + bean + "\"");
    }
  }

  /** The BPMN element a Camunda extension element belongs to (through its extensionElements). */
  private static BaseElement owner(ModelElementInstance extension) {
    ModelElementInstance parent = extension.getParentElement();
    while (!(parent instanceof BaseElement)) {
      parent = parent.getParentElement();
    }
    return (BaseElement) parent;
  }

  private void lintTimer(TimerEventDefinition timer, Check check) {
    BaseElement owner = (BaseElement) timer.getParentElement();
    String text = timer.getTimeDuration() != null ? timer.getTimeDuration().getTextContent()
        : timer.getTimeDate() != null ? timer.getTimeDate().getTextContent()
        : timer.getTimeCycle() != null ? timer.getTimeCycle().getTextContent() : null;
    if (isBlank(text)) {
      check.fail(owner, LintRule.TIMER_EXPRESSION, "thiếu thời hạn");
      return;
    }
    text = text.trim();
    if (text.startsWith("${") || text.startsWith("#{")) {
      String bean = rootIdentifier(text);
      if (bean == null || !beanExists.test(bean)) {
        check.fail(owner, LintRule.TIMER_EXPRESSION, "\"" + text + "\" không gọi bean có thật");
      }
      return;
    }
    boolean valid = timer.getTimeDuration() != null ? Iso8601.isDuration(text)
        : timer.getTimeDate() != null ? Iso8601.isDateTime(text)
        : Iso8601.isCycle(text);
    if (!valid) {
      check.fail(owner, LintRule.TIMER_EXPRESSION, "\"" + text + "\"");
    }
  }

  private static String rootIdentifier(String expression) {
    Matcher matcher = EXPRESSION.matcher(expression.trim());
    return matcher.matches() ? matcher.group(1) : null;
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  private record Check(ModelFile file, List<LintViolation> violations) {
    void fail(BaseElement element, LintRule rule, String detail) {
      violations.add(new LintViolation(file.name(), element.getId(), rule, detail));
    }
  }
}
