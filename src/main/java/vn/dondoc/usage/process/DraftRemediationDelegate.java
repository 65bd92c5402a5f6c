package vn.dondoc.usage.process;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.dondoc.platform.engine.EngineUser;
import vn.dondoc.platform.time.TimeConfiguration;
import vn.dondoc.usage.UsageRemediation;

/** Task_DraftRemediation: the draft remediation directive to the low and not-deployed organisations. */
@Component
class DraftRemediationDelegate implements JavaDelegate {

  private final UsageRemediation remediation;

  DraftRemediationDelegate(UsageRemediation remediation) {
    this.remediation = remediation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate today = ClockUtil.now().toInstant().atZone(TimeConfiguration.VIETNAM).toLocalDate();
    Object note = execution.getVariable(UsageReview.VAR_NOTE);
    remediation.draftDirective(((Number) execution.getVariable(UsageReview.VAR_SNAPSHOT_ID)).longValue(), today,
            EngineUser.id(execution.getProcessEngineServices()).orElse(null), note == null ? null : note.toString())
        .ifPresent(id -> execution.setVariable(UsageReview.VAR_DIRECTIVE_ID, id));
  }
}
