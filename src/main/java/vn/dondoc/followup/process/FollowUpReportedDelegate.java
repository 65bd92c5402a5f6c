package vn.dondoc.followup.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.platform.engine.EngineUser;
import vn.dondoc.platform.engine.TaskInput;

/**
 * Task_RecordReport: keeps the report as a new round (a returned report stays as it was). Runs in
 * the transaction completing the report task, so a bad report refuses the completion itself.
 */
@Component
class FollowUpReportedDelegate implements JavaDelegate {

  private final FollowUpContext context;

  FollowUpReportedDelegate(FollowUpContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String workDone = (String) execution.getVariable(BranchFollowUp.VAR_WORK_DONE);
    if (workDone == null || workDone.isBlank()) {
      throw TaskInput.refused(BranchFollowUp.VAR_WORK_DONE, "Trường \"Kết quả đã thực hiện\" là bắt buộc");
    }
    Number accounts = (Number) execution.getVariable(BranchFollowUp.VAR_ACCOUNTS_ACTIVATED);
    if (accounts != null && accounts.longValue() < 0) {
      throw TaskInput.refused(BranchFollowUp.VAR_ACCOUNTS_ACTIVATED, "Trường \"Số đảng viên đã kích hoạt tài khoản\" không được âm");
    }
    String by = EngineUser.id(execution.getProcessEngineServices())
        .orElseGet(() -> (String) execution.getVariable(BranchFollowUp.VAR_RESPONSIBLE));
    context.repository().submitReport(context.id(execution), by, context.now(), workDone,
        accounts == null ? null : accounts.intValue(),
        (String) execution.getVariable(BranchFollowUp.VAR_DIFFICULTIES), (String) execution.getVariable(BranchFollowUp.VAR_PROPOSALS));
  }
}
