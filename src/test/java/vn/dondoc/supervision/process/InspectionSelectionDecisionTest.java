package vn.dondoc.supervision.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.dondoc.supervision.SelectionAction;
import vn.dondoc.supervision.SelectionInputs;

/**
 * {@code processes/inspection-selection.dmn} on Camunda's DMN engine (FEEL as the process engine
 * runs it): every row of the table is hit at least once, and the edges of its conditions — equal to
 * a limit, just past it, and inputs without data — fall where the README says.
 */
class InspectionSelectionDecisionTest {

  private static final Path FILE = Path.of("processes/inspection-selection.dmn");
  private static final Set<String> HIT = ConcurrentHashMap.newKeySet();
  private static DmnEngine engine;
  private static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration
        .createDefaultDmnEngineConfiguration();
    configuration.customPostDecisionTableEvaluationListeners(List.of(new DmnDecisionTableEvaluationListener() {
      @Override
      public void notify(DmnDecisionTableEvaluationEvent event) {
        event.getMatchingRules().forEach(rule -> HIT.add(rule.getId()));
      }
    }));
    engine = configuration.buildEngine();
    try (InputStream in = Files.newInputStream(FILE)) {
      decision = engine.parseDecision(InspectionSelectionRules.KEY, in);
    }
  }

  /** No data anywhere: zero counts, no band, no trend, no meetings. */
  static SelectionInputs quiet() {
    return new SelectionInputs("MIDDLE", null, 0, 0, null, 0, 0);
  }

  static SelectionInputs with(String band, String trend, int overdue, int late, Integer meetings, int overdueRemediation,
      int openRemediation) {
    return new SelectionInputs(band, trend == null ? null : new BigDecimal(trend), overdue, late, meetings,
        overdueRemediation, openRemediation);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // one case per row, in the table's order
        Arguments.of("Rule_OverdueRemediation", with("COMMENDED", "5", 0, 0, null, 1, 0), SelectionAction.INSPECT, 1),
        Arguments.of("Rule_NotDeployedAndOverdue", with("NOT_DEPLOYED", null, 1, 0, null, 0, 0), SelectionAction.INSPECT, 1),
        Arguments.of("Rule_ManyOverdue", with("MIDDLE", null, 3, 0, null, 0, 0), SelectionAction.INSPECT, 2),
        Arguments.of("Rule_MeetingsMissed", with("MIDDLE", null, 0, 0, 2, 0, 0), SelectionAction.INSPECT, 2),
        Arguments.of("Rule_LowUsage", with("LOW", null, 0, 0, null, 0, 0), SelectionAction.SUPERVISE, 3),
        Arguments.of("Rule_FallingUsage", with("COMMENDED", "-10.01", 0, 0, null, 0, 0), SelectionAction.SUPERVISE, 3),
        Arguments.of("Rule_SomeOverdue", with("MIDDLE", null, 1, 0, null, 0, 0), SelectionAction.SUPERVISE, 4),
        Arguments.of("Rule_ManyLate", with("MIDDLE", null, 0, 2, null, 0, 0), SelectionAction.SUPERVISE, 4),
        Arguments.of("Rule_MeetingMissed", with("MIDDLE", null, 0, 0, 1, 0, 0), SelectionAction.SUPERVISE, 4),
        Arguments.of("Rule_OpenRemediation", with("MIDDLE", null, 0, 0, null, 0, 1), SelectionAction.SUPERVISE, 5),
        Arguments.of("Rule_NoRisk", quiet(), SelectionAction.NONE, 9),
        // edges
        Arguments.of("Rule_LowUsage", with("NOT_DEPLOYED", null, 0, 0, null, 0, 0), SelectionAction.SUPERVISE, 3),
        Arguments.of("Rule_SomeOverdue", with("MIDDLE", null, 2, 0, null, 0, 0), SelectionAction.SUPERVISE, 4),
        Arguments.of("Rule_NoRisk", with("MIDDLE", "-10", 0, 0, null, 0, 0), SelectionAction.NONE, 9),
        Arguments.of("Rule_NoRisk", with("MIDDLE", null, 0, 1, null, 0, 0), SelectionAction.NONE, 9),
        Arguments.of("Rule_NoRisk", with("MIDDLE", null, 0, 0, 0, 0, 0), SelectionAction.NONE, 9),
        Arguments.of("Rule_NoRisk", with("NO_DATA", null, 0, 0, null, 0, 0), SelectionAction.NONE, 9),
        Arguments.of("Rule_NoRisk", with("COMMENDED", "25.5", 0, 0, null, 0, 0), SelectionAction.NONE, 9),
        // the first matching row wins: the heavier signal is on top
        Arguments.of("Rule_OverdueRemediation", with("NOT_DEPLOYED", "-30", 5, 4, 3, 2, 1), SelectionAction.INSPECT, 1),
        Arguments.of("Rule_ManyOverdue", with("LOW", "-20", 4, 0, null, 0, 1), SelectionAction.INSPECT, 2),
        Arguments.of("Rule_LowUsage", with("LOW", null, 2, 3, 1, 0, 1), SelectionAction.SUPERVISE, 3));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("cases")
  void eachRowDecides(String rule, SelectionInputs inputs, SelectionAction action, int priority) {
    HIT.remove(rule);
    DmnDecisionResultEntries result = engine.evaluateDecision(decision, InspectionSelectionRules.variables(inputs))
        .getSingleResult();

    assertThat(HIT).as("hàng khớp").contains(rule);
    assertThat(result.<String>getEntry("action")).isEqualTo(action.name());
    assertThat(((Number) result.getEntry("priority")).intValue()).isEqualTo(priority);
    assertThat(result.<String>getEntry("reason")).isNotBlank();
  }

  @AfterAll
  static void everyRowWasHit() throws Exception {
    Set<String> rows = Dmn.readModelFromFile(FILE.toFile()).getModelElementsByType(Rule.class).stream()
        .map(Rule::getId).collect(Collectors.toSet());
    Set<String> tested = cases().map(arguments -> (String) arguments.get()[0]).collect(Collectors.toSet());
    assertThat(tested).containsExactlyInAnyOrderElementsOf(rows);
  }
}
