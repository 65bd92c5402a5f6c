package vn.dondoc.supervision.process;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.platform.engine.TaskInput;
import vn.dondoc.supervision.SupervisionService;

/**
 * Task_RecordPlan: the committee's plan goes to the standing committee. Runs in the transaction
 * completing Task_PlanThematic, so a plan without content or with a bad due day refuses it.
 */
@Component
class RecordPlanDelegate implements JavaDelegate {

  private final SupervisionService supervisions;

  RecordPlanDelegate(SupervisionService supervisions) {
    this.supervisions = supervisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate dueOn = dueOn(SupervisionFlow.text(execution, SupervisionFlow.VAR_DUE_ON));
    TaskInput.checked(() -> supervisions.recordPlan(SupervisionFlow.supervisionId(execution),
        SupervisionFlow.text(execution, SupervisionFlow.VAR_SUBJECT), SupervisionFlow.text(execution, SupervisionFlow.VAR_PLAN), dueOn));
  }

  /** Camunda Forms send a date field as {@code 2026-04-30}. */
  private static LocalDate dueOn(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException wrong) {
      throw TaskInput.refused(SupervisionFlow.VAR_DUE_ON, "Ngày hoàn thành \"" + text + "\" không hợp lệ: ghi 2026-04-30");
    }
  }
}
