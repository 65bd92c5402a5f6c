package vn.dondoc.inspection.process;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.platform.engine.TaskInput;
import vn.dondoc.platform.time.TimeConfiguration;
import vn.dondoc.platform.time.VietnameseFormat;

/**
 * Task_RecordPlan: the committee's plan, its team (user ids, comma-separated: they must exist and
 * belong to a group of the committee's tenant, as they get the team's tasks) and the self-report's
 * deadline.
 */
@Component
class PlanRecordedDelegate implements JavaDelegate {

  private final InspectionContext context;
  PlanRecordedDelegate(InspectionContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String typed = InspectionContext.text(execution, InspectionFlow.VAR_TEAM);
    List<String> team = Arrays.stream((typed == null ? "" : typed).split("[,;\\s]+"))
        .filter(user -> !user.isBlank()).distinct().toList();
    List<String> unknown = context.unknownUsers(team);
    if (!unknown.isEmpty()) {
      throw TaskInput.refused(InspectionFlow.VAR_TEAM, "Không có người dùng: " + String.join(", ", unknown));
    }
    // The team works inside the commune's (or province's) tenant: someone outside it could not even see its tasks.
    String scope = InspectionContext.text(execution, InspectionFlow.VAR_SCOPE_CODE);
    List<String> outside = team.stream().filter(user -> !context.inTenant(user, scope)).toList();
    if (!outside.isEmpty()) {
      throw TaskInput.refused(InspectionFlow.VAR_TEAM, "Không thuộc cơ quan, tổ chức nào của cấp ủy " + scope + ": " + String.join(", ", outside));
    }
    LocalDate due = date(execution.getVariable(InspectionFlow.VAR_SELF_REPORT_DUE));
    TaskInput.checked(() -> context.service().plan(context.id(execution),
        InspectionContext.text(execution, InspectionFlow.VAR_PLAN_CONTENT), team, due));
    // The team's tasks name their candidates from it: the normalised list, not what was typed.
    execution.setVariable(InspectionFlow.VAR_TEAM, String.join(",", team));
    execution.setVariable(InspectionFlow.VAR_SELF_REPORT_DUE_TEXT, VietnameseFormat.date(due));
  }

  /** A form's date ({@code 2026-03-10}) or a Date sent through the REST API. */
  private static LocalDate date(Object value) {
    if (value instanceof Date date) {
      return date.toInstant().atZone(TimeConfiguration.VIETNAM).toLocalDate();
    }
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(value.toString().substring(0, Math.min(10, value.toString().length())));
    } catch (DateTimeParseException e) {
      throw TaskInput.refused(InspectionFlow.VAR_SELF_REPORT_DUE, "Hạn nộp báo cáo tự kiểm tra \"" + value + "\" không phải một ngày");
    }
  }
}
