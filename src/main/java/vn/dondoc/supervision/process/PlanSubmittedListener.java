package vn.dondoc.supervision.process;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import vn.dondoc.platform.web.Rejected;
import vn.dondoc.supervision.SupervisionService;

/** Task_PlanThematic, on complete: the committee's plan goes to the standing committee. */
@Component
class PlanSubmittedListener implements TaskListener {

  private final SupervisionService supervisions;

  PlanSubmittedListener(SupervisionService supervisions) {
    this.supervisions = supervisions;
  }

  @Override
  public void notify(DelegateTask task) {
    supervisions.recordPlan(SupervisionFlow.supervisionId(task), SupervisionFlow.text(task, SupervisionFlow.VAR_SUBJECT),
        SupervisionFlow.text(task, SupervisionFlow.VAR_PLAN), dueOn(SupervisionFlow.text(task, SupervisionFlow.VAR_DUE_ON)));
  }

  /** Camunda Forms send a date field as {@code 2026-04-30}. */
  private static LocalDate dueOn(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (java.time.format.DateTimeParseException wrong) {
      throw new Rejected("dueOn", "Ngày hoàn thành \"" + text + "\" không hợp lệ: ghi 2026-04-30");
    }
  }
}
