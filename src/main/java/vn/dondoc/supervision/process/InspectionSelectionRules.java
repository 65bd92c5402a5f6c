package vn.dondoc.supervision.process;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;
import vn.dondoc.supervision.SelectionAction;
import vn.dondoc.supervision.SelectionDecision;
import vn.dondoc.supervision.SelectionInputs;

/**
 * {@code processes/inspection-selection.dmn} as the engine has it: the newest deployed version,
 * evaluated by its definition id, so the version stored with a selection is the one that answered.
 */
@Component
class InspectionSelectionRules implements SelectionDecision {

  static final String KEY = "inspection-selection";

  private final RepositoryService repository;
  private final DecisionService decisions;

  InspectionSelectionRules(RepositoryService repository, DecisionService decisions) {
    this.repository = repository;
    this.decisions = decisions;
  }

  @Override
  public Rules latest() {
    DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(KEY).withoutTenantId()
        .latestVersion().singleResult();
    if (definition == null) {
      throw new IllegalStateException("Chưa triển khai bảng quyết định " + KEY + ".dmn");
    }
    Version version = new Version(definition.getKey(), definition.getId(), definition.getVersion());
    return new Rules() {
      @Override
      public Version version() {
        return version;
      }

      @Override
      public Outcome evaluate(SelectionInputs inputs) {
        DmnDecisionResultEntries result = decisions.evaluateDecisionById(definition.getId()).variables(variables(inputs))
            .evaluate().getSingleResult();
        if (result == null) {
          throw new IllegalStateException("Bảng quyết định " + KEY + " phiên bản " + version.version()
              + " không có quy tắc nào khớp: thêm quy tắc cuối cùng cho mọi trường hợp còn lại");
        }
        return new Outcome(SelectionAction.valueOf(result.<String>getEntry("action")), result.getEntry("reason"),
            ((Number) result.getEntry("priority")).intValue());
      }
    };
  }

  /** The decision's input variables, named as the table's input expressions. */
  static Map<String, Object> variables(SelectionInputs inputs) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("usageBand", inputs.usageBand());
    variables.put("accessTrend", inputs.accessTrend() == null ? null : inputs.accessTrend().doubleValue());
    variables.put("overdueFollowUps", inputs.overdueFollowUps());
    variables.put("lateFollowUps", inputs.lateFollowUps());
    variables.put("meetingsMissed", inputs.meetingsMissed());
    variables.put("overdueRemediation", inputs.overdueRemediation());
    variables.put("openRemediation", inputs.openRemediation());
    return variables;
  }
}
