package vn.dondoc.followup.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.directive.DirectiveRepository;
import vn.dondoc.followup.FollowUp;
import vn.dondoc.platform.time.VietnameseFormat;

/**
 * Task_Register, in the transaction of the follow-up's start (its batch's, when a directive is
 * published): names the responsible person (the secretary from the registry, the deputy if there is
 * none); he is told when his task exists.
 */
@Component
class RegisterFollowUpDelegate implements JavaDelegate {

  private final FollowUpContext context;

  RegisterFollowUpDelegate(FollowUpContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    FollowUp followUp = context.followUp(context.id(execution));
    DirectiveRepository.Header directive = context.directive(followUp.directiveId());
    execution.setVariable(BranchFollowUp.VAR_RESPONSIBLE, followUp.responsibleUserId());
    execution.setVariable(BranchFollowUp.VAR_SCOPE_CODE, followUp.scopeCode());
    execution.setVariable(BranchFollowUp.VAR_ORGANIZATION_NAME, followUp.organizationName());
    execution.setVariable(BranchFollowUp.VAR_DIRECTIVE_NUMBER, directive.number() == null ? "" : directive.number());
    execution.setVariable(BranchFollowUp.VAR_DIRECTIVE_SUBJECT, directive.subject());
    execution.setVariable(BranchFollowUp.VAR_DEADLINE_TEXT, VietnameseFormat.date(followUp.deadline()));
  }
}
