package vn.dondoc.followup.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.platform.engine.EngineUser;
import vn.dondoc.platform.engine.TaskInput;

/**
 * Task_RecordReview: the review of the latest report; a returned report needs a comment, which
 * the responsible person receives with his new report task.
 */
@Component
class FollowUpReviewedDelegate implements JavaDelegate {

  private final FollowUpContext context;

  FollowUpReviewedDelegate(FollowUpContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String decision = (String) execution.getVariable(BranchFollowUp.VAR_REVIEW_DECISION);
    String comment = (String) execution.getVariable(BranchFollowUp.VAR_REVIEW_COMMENT);
    if (!BranchFollowUp.DECISION_ACCEPT.equals(decision) && !BranchFollowUp.DECISION_RETURN.equals(decision)) {
      throw TaskInput.refused(BranchFollowUp.VAR_REVIEW_DECISION, "Chọn \"Chấp nhận báo cáo\" hoặc \"Trả lại, yêu cầu bổ sung\"");
    }
    if (BranchFollowUp.DECISION_RETURN.equals(decision) && (comment == null || comment.isBlank())) {
      throw TaskInput.refused(BranchFollowUp.VAR_REVIEW_COMMENT, "Cần ghi ý kiến thẩm định khi trả lại báo cáo");
    }
    long id = context.id(execution);
    context.repository().review(id, decision, comment, EngineUser.id(execution.getProcessEngineServices()).orElse(""), context.now());
  }
}
