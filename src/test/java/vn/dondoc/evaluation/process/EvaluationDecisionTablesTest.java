package vn.dondoc.evaluation.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The two decision files of {@code processes/} as administrators edit them, on Camunda's DMN engine:
 * every band edge of the rating and every rule of each criterion.
 */
class EvaluationDecisionTablesTest {

  private static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  private static Map<String, DmnDecision> score;
  private static DmnDecision rating;

  @BeforeAll
  static void parse() throws IOException {
    score = new HashMap<>();
    try (InputStream in = Files.newInputStream(Path.of("processes/evaluation-score.dmn"))) {
      DMN.parseDecisions(in).forEach(d -> score.put(d.getKey(), d));
    }
    try (InputStream in = Files.newInputStream(Path.of("processes/evaluation-rating.dmn"))) {
      rating = DMN.parseDecision("evaluation-rating", in);
    }
  }

  @ParameterizedTest(name = "{0} điểm, đúng hạn {1} → {2}")
  @CsvSource({
      "49.99, true, NOT_COMPLETED",
      "0, true, NOT_COMPLETED",
      "50, true, COMPLETED",
      "69.99, true, COMPLETED",
      "70, true, GOOD",
      "89.99, true, GOOD",
      "90, true, EXCELLENT",
      "100, true, EXCELLENT",
      "90, false, GOOD",
      "100, false, GOOD",
      "89.99, false, GOOD",
      "49.99, false, NOT_COMPLETED"})
  void bandsAtEveryEdge(String score, boolean onTime, String band) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("score", new BigDecimal(score));
    inputs.put("allTasksOnTime", onTime);
    DmnDecisionResultEntries result = DMN.evaluateDecision(rating, inputs).getFirstResult();
    assertThat((String) result.getEntry("band")).isEqualTo(band);
    assertThat((String) result.getEntry("note")).isEqualTo(score.startsWith("9") || score.equals("100")
        ? (onTime ? "" : "Đủ điểm hoàn thành xuất sắc nhưng còn nhiệm vụ không hoàn thành đúng hạn") : "");
  }

  @ParameterizedTest(name = "{0}: {1}={2} → {3}/{4}")
  @CsvSource(nullValues = "NULL", value = {
      "evaluation-score-access, accessRate, NULL, 0, 0",
      "evaluation-score-access, accessRate, 100, 15, 15",
      "evaluation-score-access, accessRate, 95, 15, 15",
      "evaluation-score-access, accessRate, 94.99, 12, 15",
      "evaluation-score-access, accessRate, 80, 12, 15",
      "evaluation-score-access, accessRate, 79.99, 8, 15",
      "evaluation-score-access, accessRate, 60, 8, 15",
      "evaluation-score-access, accessRate, 59.99, 4, 15",
      "evaluation-score-access, accessRate, 30, 4, 15",
      "evaluation-score-access, accessRate, 29.99, 0, 15",
      "evaluation-score-access, accessRate, 0, 0, 15",
      "evaluation-score-regular-use, regularRate, NULL, 0, 0",
      "evaluation-score-regular-use, regularRate, 70, 10, 10",
      "evaluation-score-regular-use, regularRate, 69.99, 7, 10",
      "evaluation-score-regular-use, regularRate, 50, 7, 10",
      "evaluation-score-regular-use, regularRate, 49.99, 4, 10",
      "evaluation-score-regular-use, regularRate, 30, 4, 10",
      "evaluation-score-regular-use, regularRate, 29.99, 2, 10",
      "evaluation-score-regular-use, regularRate, 0.01, 2, 10",
      "evaluation-score-regular-use, regularRate, 0, 0, 10",
      "evaluation-score-on-time, onTimeRate, NULL, 0, 0",
      "evaluation-score-on-time, onTimeRate, 100, 15, 15",
      "evaluation-score-on-time, onTimeRate, 99.99, 10, 15",
      "evaluation-score-on-time, onTimeRate, 80, 10, 15",
      "evaluation-score-on-time, onTimeRate, 79.99, 5, 15",
      "evaluation-score-on-time, onTimeRate, 50, 5, 15",
      "evaluation-score-on-time, onTimeRate, 49.99, 0, 15",
      "evaluation-score-meetings, meetingsRate, NULL, 0, 0",
      "evaluation-score-meetings, meetingsRate, 100, 10, 10",
      "evaluation-score-meetings, meetingsRate, 99.99, 6, 10",
      "evaluation-score-meetings, meetingsRate, 75, 6, 10",
      "evaluation-score-meetings, meetingsRate, 74.99, 3, 10",
      "evaluation-score-meetings, meetingsRate, 50, 3, 10",
      "evaluation-score-meetings, meetingsRate, 49.99, 0, 10",
      "evaluation-score-inspection, inspectionOutcome, NONE, 5, 5",
      "evaluation-score-inspection, inspectionOutcome, MEETS, 5, 5",
      "evaluation-score-inspection, inspectionOutcome, SHORTCOMINGS, 2, 5",
      "evaluation-score-inspection, inspectionOutcome, VIOLATION, 0, 5",
      "evaluation-score-remediation, unresolvedRemediations, 0, 5, 5",
      "evaluation-score-remediation, unresolvedRemediations, 1, 2, 5",
      "evaluation-score-remediation, unresolvedRemediations, 2, 0, 5",
      "evaluation-score-remediation, unresolvedRemediations, 7, 0, 5"})
  void everyRuleOfEachCriterion(String decision, String input, String value, double points, double maximum) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put(input, value == null ? null : input.equals("inspectionOutcome") ? value
        : input.equals("unresolvedRemediations") ? Integer.valueOf(value) : new BigDecimal(value));
    assertPoints(decision, inputs, points, maximum);
  }

  @ParameterizedTest(name = "xu hướng {0} điểm %, tỷ lệ {1} → {2}/{3}")
  @CsvSource(nullValues = "NULL", value = {
      "NULL, 80, 0, 0",
      "NULL, NULL, 0, 0",
      "0, 95, 5, 5",
      "-3, 96, 5, 5",
      "5, 50, 5, 5",
      "4.99, 50, 3, 5",
      "0, 50, 3, 5",
      "-0.01, 50, 0, 5"})
  void trend(String trend, String rate, double points, double maximum) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("accessTrend", trend == null ? null : new BigDecimal(trend));
    inputs.put("accessRate", rate == null ? null : new BigDecimal(rate));
    assertPoints("evaluation-score-trend", inputs, points, maximum);
  }

  private static void assertPoints(String decision, Map<String, Object> inputs, double points, double maximum) {
    DmnDecisionResultEntries result = DMN.evaluateDecision(score.get(decision), inputs).getFirstResult();
    assertThat(((Number) result.getEntry("points")).doubleValue()).isEqualTo(points);
    assertThat(((Number) result.getEntry("maximum")).doubleValue()).isEqualTo(maximum);
  }
}
