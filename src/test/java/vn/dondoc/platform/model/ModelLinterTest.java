package vn.dondoc.platform.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.support.SimpleBeanDefinitionRegistry;
import org.springframework.context.annotation.AnnotationBeanNameGenerator;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

class ModelLinterTest {

  /** The beans the application defines, found the way Spring finds them. */
  static final Set<String> BEANS = applicationBeans();
  static final ModelLinter LINTER = new ModelLinter(BEANS::contains);

  @Test
  void everyModelInTheRepositoryFollowsTheConventions() {
    List<ModelFile> files = new ModelDirectory(Path.of(".")).read();
    assertThat(files).extracting(ModelFile::name).contains("processes/hello.bpmn");

    for (DeploymentPlan.Unit unit : DeploymentPlan.of(files)) {
      assertThat(LINTER.lint(unit.files())).as(unit.name()).isEmpty();
    }
  }

  static Stream<Arguments> violations() {
    return Stream.of(
        violation(LintRule.PROCESS_ID_MATCHES_FILE, "chao", s -> s.replace("id=\"hello\"", "id=\"chao\"").replace("bpmnElement=\"hello\"", "bpmnElement=\"chao\"")),
        violation(LintRule.NO_MODELER_DEFAULT_ID, "Activity_0ab12cd", s -> s.replace("Task_Acknowledge", "Activity_0ab12cd")),
        violation(LintRule.NO_MODELER_DEFAULT_ID, "StartEvent_1", s -> s.replace("StartEvent_MessageSent", "StartEvent_1")),
        violation(LintRule.HISTORY_TIME_TO_LIVE, "hello", s -> s.replace(" camunda:historyTimeToLive=\"180\"", "")),
        violation(LintRule.ELEMENT_NAME, "EndEvent_Acknowledged", s -> s.replace(" name=\"Đã xác nhận\"", "")),
        violation(LintRule.ELEMENT_NAME, "hello", s -> s.replace(" name=\"Xác nhận đã nhận thông báo\"", "")),
        violation(LintRule.USER_TASK_ASSIGNMENT, "Task_Acknowledge", s -> s.replace(" camunda:candidateGroups=\"org:${organizationCode}\"", "")),
        violation(LintRule.USER_TASK_ASSIGNMENT, "Task_Acknowledge",
            s -> s.replace("camunda:candidateGroups=\"org:${organizationCode}\"", "camunda:assignee=\"bithu\"")),
        violation(LintRule.USER_TASK_FORM, "Task_Acknowledge", s -> s.replace(" camunda:formRef=\"hello-acknowledge\"", "")),
        violation(LintRule.USER_TASK_FORM, "Task_Acknowledge", s -> s.replace("camunda:formRef=\"hello-acknowledge\" camunda:formRefBinding=\"deployment\"",
            "camunda:formRef=\"hello-acknowledge\" camunda:formRefBinding=\"latest\"")),
        violation(LintRule.USER_TASK_FORM, "Task_Acknowledge", s -> s.replace("camunda:formRef=\"hello-acknowledge\"", "camunda:formRef=\"khong-co\"")),
        violation(LintRule.USER_TASK_FORM, "StartEvent_MessageSent", s -> s.replace("camunda:formRef=\"hello-start\"", "camunda:formRef=\"khong-co\"")),
        violation(LintRule.SERVICE_TASK_DELEGATE, "Task_RecordAcknowledgement",
            s -> s.replace("camunda:delegateExpression=\"${recordAcknowledgementDelegate}\"", "camunda:class=\"vn.dondoc.X\"")),
        violation(LintRule.SERVICE_TASK_DELEGATE, "Task_RecordAcknowledgement",
            s -> s.replace("${recordAcknowledgementDelegate}", "${khongCoBean}")),
        violation(LintRule.LISTENER_DELEGATE, "Task_Acknowledge", s -> s.replace("<bpmn:incoming>Flow_ToAcknowledge</bpmn:incoming>",
            "<bpmn:extensionElements><camunda:taskListener delegateExpression=\"${khongCoBean}\" event=\"create\" />"
                + "</bpmn:extensionElements><bpmn:incoming>Flow_ToAcknowledge</bpmn:incoming>")),
        violation(LintRule.LISTENER_DELEGATE, "Task_Acknowledge", s -> s.replace("<bpmn:incoming>Flow_ToAcknowledge</bpmn:incoming>",
            "<bpmn:extensionElements><camunda:taskListener class=\"vn.dondoc.X\" event=\"create\" />"
                + "</bpmn:extensionElements><bpmn:incoming>Flow_ToAcknowledge</bpmn:incoming>")),
        violation(LintRule.TIMER_EXPRESSION, "Timer_Reminder", withTimer("timeDuration", "3 ngày")),
        violation(LintRule.TIMER_EXPRESSION, "Timer_Reminder", withTimer("timeDuration", "${khongCoBean.reminder()}")),
        violation(LintRule.TIMER_EXPRESSION, "Timer_Reminder", withTimer("timeDate", "10/3/2026")),
        violation(LintRule.TIMER_EXPRESSION, "Timer_Reminder", withTimer("timeCycle", "R3/mỗi ngày")),
        violation(LintRule.READABLE_FILE, null, s -> s.substring(0, s.length() / 2)));
  }

  @ParameterizedTest(name = "{0} tại {1}")
  @MethodSource("violations")
  void eachRuleNamesTheFileTheElementAndTheRule(LintRule rule, String elementId, UnaryOperator<String> change) throws IOException {
    List<LintViolation> found = LINTER.lint(helloWith(change));

    assertThat(found).anySatisfy(violation -> {
      assertThat(violation.rule()).isEqualTo(rule);
      assertThat(violation.elementId()).isEqualTo(elementId);
      assertThat(violation.resource()).isEqualTo("processes/hello.bpmn");
      assertThat(violation.message()).startsWith("processes/hello.bpmn").contains(rule.code());
    });
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("validTimers")
  void validTimersPass(String kind, String value) throws IOException {
    assertThat(LINTER.lint(helloWith(withTimer(kind, value)))).isEmpty();
  }

  static Stream<Arguments> validTimers() {
    return Stream.of(
        Arguments.of("timeDuration", "P3D"),
        Arguments.of("timeDuration", "PT1H30M"),
        Arguments.of("timeDuration", "${recordAcknowledgementDelegate.toString()}"),
        Arguments.of("timeDate", "2026-03-10T17:00:00"),
        Arguments.of("timeDate", "2026-03-10T17:00:00+07:00"),
        Arguments.of("timeCycle", "R3/PT10H"),
        Arguments.of("timeCycle", "R/2026-03-10T08:00:00/P1D"),
        Arguments.of("timeCycle", "0 0 8 * * ?"));
  }

  @Test
  void aFormWhoseIdIsNotItsFileNameIsRefused() throws IOException {
    List<ModelFile> files = helloWith(UnaryOperator.identity());
    files.replaceAll(file -> file.name().equals("forms/hello-start.form")
        ? new ModelFile(file.name(), new String(file.content(), StandardCharsets.UTF_8)
            .replace("\"id\": \"hello-start\"", "\"id\": \"bieu-mau-khac\"").getBytes(StandardCharsets.UTF_8))
        : file);

    assertThat(LINTER.lint(files)).extracting(LintViolation::rule)
        .contains(LintRule.FORM_ID_MATCHES_FILE, LintRule.USER_TASK_FORM);
  }

  static Stream<Arguments> dmnViolations() {
    return Stream.of(
        violation(LintRule.DECISION_ID_MATCHES_FILE, "lua-chon", s -> s.replace("id=\"inspection-selection\"", "id=\"lua-chon\"")
            .replace("dmnElementRef=\"inspection-selection\"", "dmnElementRef=\"lua-chon\"")),
        violation(LintRule.HISTORY_TIME_TO_LIVE, "inspection-selection", s -> s.replace(" camunda:historyTimeToLive=\"1825\"", "")),
        // DMN requires a decision's name: the parser refuses a decision without one.
        violation(LintRule.READABLE_FILE, null,
            s -> s.replace("<decision id=\"inspection-selection\" name=\"Lựa chọn đối tượng giám sát, kiểm tra\"",
                "<decision id=\"inspection-selection\"")),
        violation(LintRule.READABLE_FILE, null, s -> s.substring(0, s.length() / 2)));
  }

  @ParameterizedTest(name = "{0} tại {1}")
  @MethodSource("dmnViolations")
  void eachDecisionRuleNamesTheFileTheDecisionAndTheRule(LintRule rule, String elementId, UnaryOperator<String> change)
      throws IOException {
    String dmn = Files.readString(Path.of("processes/inspection-selection.dmn"), StandardCharsets.UTF_8);
    List<LintViolation> found = LINTER.lint(List.of(new ModelFile("processes/inspection-selection.dmn",
        change.apply(dmn).getBytes(StandardCharsets.UTF_8))));

    assertThat(found).anySatisfy(violation -> {
      assertThat(violation.rule()).isEqualTo(rule);
      assertThat(violation.elementId()).isEqualTo(elementId);
      assertThat(violation.resource()).isEqualTo("processes/inspection-selection.dmn");
    });
  }

  @Test
  void inAFileOfSeveralTablesEachIsNamedAfterTheFile() throws IOException {
    String dmn = Files.readString(Path.of("processes/evaluation-score.dmn"), StandardCharsets.UTF_8);
    assertThat(LINTER.lint(List.of(new ModelFile("processes/evaluation-score.dmn", dmn.getBytes(StandardCharsets.UTF_8)))))
        .isEmpty();

    List<LintViolation> found = LINTER.lint(List.of(new ModelFile("processes/evaluation-score.dmn",
        dmn.replace("evaluation-score-trend", "xu-huong").getBytes(StandardCharsets.UTF_8))));
    assertThat(found).extracting(LintViolation::rule, LintViolation::elementId)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(LintRule.DECISION_ID_MATCHES_FILE, "xu-huong"));
  }

  @Test
  void rulesAddedInCamundaModelerMayKeepTheirGeneratedIds() throws IOException {
    String dmn = Files.readString(Path.of("processes/inspection-selection.dmn"), StandardCharsets.UTF_8)
        .replace("<rule id=\"Rule_NoRisk\">", "<rule id=\"DecisionRule_0k3j2h1\">");
    assertThat(LINTER.lint(List.of(new ModelFile("inspection-selection.dmn", dmn.getBytes(StandardCharsets.UTF_8))))).isEmpty();
  }

  @Test
  void theMessageIsVietnameseAndComplete() {
    LintViolation violation = new LintViolation("processes/x.bpmn", "Task_A", LintRule.USER_TASK_FORM, "thiếu formRef");
    assertThat(violation.message()).isEqualTo("processes/x.bpmn, phần tử Task_A, quy tắc user-task-form: "
        + LintRule.USER_TASK_FORM.description() + " (thiếu formRef)");
  }

  private static Arguments violation(LintRule rule, String elementId, UnaryOperator<String> change) {
    return Arguments.of(rule, elementId, change);
  }

  /** Hello with a non-interrupting reminder on its user task, whose definition is the one under test. */
  private static UnaryOperator<String> withTimer(String kind, String value) {
    return s -> s.replace("    <bpmn:endEvent id=\"EndEvent_Acknowledged\"", """
            <bpmn:boundaryEvent id="Timer_Reminder" name="Nhắc việc" cancelActivity="false" attachedToRef="Task_Acknowledge">
              <bpmn:timerEventDefinition id="TimerDefinition_Reminder">
                <bpmn:%s xsi:type="bpmn:tFormalExpression">%s</bpmn:%s>
              </bpmn:timerEventDefinition>
            </bpmn:boundaryEvent>
            <bpmn:endEvent id="EndEvent_Acknowledged\"""".formatted(kind, value, kind))
        .replace("xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\"",
            "xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"");
  }

  private static List<ModelFile> helloWith(UnaryOperator<String> change) throws IOException {
    List<ModelFile> files = new ArrayList<>();
    String bpmn = Files.readString(Path.of("processes/hello.bpmn"), StandardCharsets.UTF_8);
    files.add(new ModelFile("processes/hello.bpmn", change.apply(bpmn).getBytes(StandardCharsets.UTF_8)));
    for (String form : List.of("forms/hello-start.form", "forms/hello-acknowledge.form")) {
      files.add(new ModelFile(form, Files.readAllBytes(Path.of(form))));
    }
    return files;
  }

  private static Set<String> applicationBeans() {
    var scanner = new ClassPathScanningCandidateComponentProvider(true);
    var registry = new SimpleBeanDefinitionRegistry();
    return scanner.findCandidateComponents("vn.dondoc").stream()
        .map(definition -> AnnotationBeanNameGenerator.INSTANCE.generateBeanName(definition, registry))
        .collect(Collectors.toSet());
  }
}
