package vn.dondoc.supervision.process;

import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.supervision.SupervisionService;

/** Task_StartRegularRuns: this month's regular supervision of every commune that has none yet. */
@Component
class StartRegularRunsDelegate implements JavaDelegate {

  private final SupervisionService supervisions;
  private final Clock clock;

  StartRegularRunsDelegate(SupervisionService supervisions, Clock clock) {
    this.supervisions = supervisions;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    supervisions.startRegularForAll(LocalDate.now(clock));
  }
}
