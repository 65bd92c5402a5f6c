package vn.dondoc.usage.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.platform.engine.EngineUser;
import vn.dondoc.usage.UsageSupport;

/** Task_ProposeSupport: support pairs for the members of the low and not-deployed organisations. */
@Component
class ProposeSupportDelegate implements JavaDelegate {

  private final UsageSupport support;

  ProposeSupportDelegate(UsageSupport support) {
    this.support = support;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int proposed = support.proposeForRemediation(((Number) execution.getVariable(UsageReview.VAR_SNAPSHOT_ID)).longValue(),
        EngineUser.id(execution.getProcessEngineServices()).orElse(null));
    execution.setVariable(UsageReview.VAR_SUPPORT_PAIRS, proposed);
  }
}
