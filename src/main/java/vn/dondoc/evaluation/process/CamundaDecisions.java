package vn.dondoc.evaluation.process;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.dmn.entity.repository.DecisionDefinitionEntity;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;
import vn.dondoc.evaluation.Criterion;
import vn.dondoc.evaluation.Decisions;
import vn.dondoc.evaluation.RatingBand;

/**
 * Evaluates the deployed DMN tables by definition id, so a rating is always computed with the
 * versions it records. The definitions come from the engine's deployment cache; they are evaluated
 * by a DMN engine of their own, without the process engine's history listener and without the
 * decision service: 5.000 organisations times eight tables would otherwise write 40.000 decision
 * instances with their inputs and outputs nobody reads (the rating keeps its inputs and points),
 * and a committee member changing a score would need a permission on decision definitions.
 */
@Component
class CamundaDecisions implements Decisions {

  private final ProcessEngineConfigurationImpl configuration;
  private final DmnEngine dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
  /** A deployed definition never changes under its id. */
  private final Map<String, DmnDecision> deployed = new ConcurrentHashMap<>();

  CamundaDecisions(ProcessEngineConfigurationImpl configuration) {
    this.configuration = configuration;
  }

  @Override
  public Map<String, DecisionRef> current() {
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      Map<String, DecisionRef> current = new LinkedHashMap<>();
      for (Criterion criterion : Criterion.values()) {
        current.put(criterion.decisionKey(), latest(context, criterion.decisionKey()));
      }
      current.put(Criterion.RATING_DECISION, latest(context, Criterion.RATING_DECISION));
      return current;
    });
  }

  @Override
  public Points score(DecisionRef decision, Map<String, Object> inputs) {
    DmnDecisionResultEntries result = evaluate(decision, inputs);
    return new Points(number(result.getEntry("points")), number(result.getEntry("maximum")));
  }

  @Override
  public Grade rate(DecisionRef decision, BigDecimal score, boolean allTasksOnTime) {
    Map<String, Object> inputs = new LinkedHashMap<>();
    inputs.put("score", score);
    inputs.put("allTasksOnTime", allTasksOnTime);
    DmnDecisionResultEntries result = evaluate(decision, inputs);
    String note = result.getEntry("note");
    return new Grade(RatingBand.valueOf(result.getEntry("band")), note == null ? "" : note);
  }

  private DmnDecisionResultEntries evaluate(DecisionRef decision, Map<String, Object> inputs) {
    DmnDecision definition = deployed.computeIfAbsent(decision.id(), id -> configuration.getCommandExecutorTxRequired()
        .execute(context -> configuration.getDeploymentCache().findDeployedDecisionDefinitionById(id)));
    DmnDecisionResult result = dmn.evaluateDecision(definition, inputs);
    if (result.isEmpty()) {
      throw new IllegalStateException("Bảng quyết định " + decision.key() + " (phiên bản " + decision.version()
          + ") không có quy tắc nào khớp với " + inputs);
    }
    return result.getFirstResult();
  }

  private static DecisionRef latest(CommandContext context, String key) {
    DecisionDefinitionEntity definition = context.getDecisionDefinitionManager().findLatestDecisionDefinitionByKey(key);
    if (definition == null) {
      throw new IllegalStateException("Chưa triển khai bảng quyết định " + key);
    }
    return new DecisionRef(definition.getId(), key, definition.getVersion());
  }

  private static BigDecimal number(Object value) {
    return new BigDecimal(value.toString()).setScale(2, RoundingMode.HALF_UP);
  }
}
