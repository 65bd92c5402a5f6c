package vn.dondoc.hello.process;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Records who acknowledged and when, on the engine clock so tests can move it. */
@Component
public class RecordAcknowledgementDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    execution.setVariable(HelloProcess.VAR_ACKNOWLEDGED_BY, user == null ? null : user.getUserId());
    execution.setVariable(HelloProcess.VAR_ACKNOWLEDGED_AT, Date.from(ClockUtil.now().toInstant()));
  }
}
