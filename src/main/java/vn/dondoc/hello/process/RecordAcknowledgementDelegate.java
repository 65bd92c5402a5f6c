package vn.dondoc.hello.process;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.dondoc.platform.engine.EngineUser;

/** Records who acknowledged and when, on the engine clock so tests can move it. */
@Component
public class RecordAcknowledgementDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(HelloProcess.VAR_ACKNOWLEDGED_BY, EngineUser.id(execution.getProcessEngineServices()).orElse(null));
    execution.setVariable(HelloProcess.VAR_ACKNOWLEDGED_AT, Date.from(ClockUtil.now().toInstant()));
  }
}
