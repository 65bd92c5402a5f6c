package vn.dondoc.followup.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.directive.Directive;
import vn.dondoc.followup.FollowUp;
import vn.dondoc.organization.process.OrganizationProcessVariables;
import vn.dondoc.platform.time.VietnameseFormat;

/**
 * Task_Register: links the follow-up row to this instance and names the responsible person (the
 * secretary from the registry, the deputy if there is none); he is told when his task exists.
 */
@Component
class RegisterFollowUpDelegate implements JavaDelegate {

  private final FollowUpContext context;

  RegisterFollowUpDelegate(FollowUpContext context) {
    this.context = context;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long directiveId = ((Number) execution.getVariable(BranchFollowUp.VAR_DIRECTIVE_ID)).longValue();
    String organizationCode = (String) execution.getVariable(OrganizationProcessVariables.ORGANIZATION_CODE);
    FollowUp followUp = context.repository().find(directiveId, organizationCode)
        .orElseThrow(() -> new IllegalStateException("Công văn " + directiveId + " không gửi tới " + organizationCode));
    context.repository().attachProcess(followUp.id(), execution.getProcessInstanceId());
    Directive directive = context.directive(directiveId);
    execution.setVariable(BranchFollowUp.VAR_FOLLOW_UP_ID, followUp.id());
    execution.setVariable(BranchFollowUp.VAR_RESPONSIBLE, followUp.responsibleUserId());
    execution.setVariable(BranchFollowUp.VAR_SCOPE_CODE, followUp.scopeCode());
    execution.setVariable(BranchFollowUp.VAR_ORGANIZATION_NAME, followUp.organizationName());
    execution.setVariable(BranchFollowUp.VAR_DIRECTIVE_NUMBER, directive.number() == null ? "" : directive.number());
    execution.setVariable(BranchFollowUp.VAR_DIRECTIVE_SUBJECT, directive.subject());
    execution.setVariable(BranchFollowUp.VAR_DEADLINE_TEXT, VietnameseFormat.date(followUp.deadline()));
  }
}
