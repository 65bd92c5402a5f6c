package vn.dondoc.directive.process;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveProcess;
import vn.dondoc.followup.FollowUp;
import vn.dondoc.followup.FollowUpRepository;
import vn.dondoc.followup.process.BranchFollowUp;
import vn.dondoc.organization.process.OrganizationProcessVariables;
import vn.dondoc.platform.time.VietnameseFormat;

@Component
class CamundaDirectiveProcess implements DirectiveProcess {

  private final RuntimeService runtime;
  private final FollowUpRepository followUps;

  CamundaDirectiveProcess(RuntimeService runtime, FollowUpRepository followUps) {
    this.runtime = runtime;
    this.followUps = followUps;
  }

  @Override
  public String start(Directive directive, String scopeCode) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(DirectiveIssuance.VAR_DIRECTIVE_ID, directive.id());
    variables.put(OrganizationProcessVariables.ORGANIZATION_CODE, directive.issuerCode());
    variables.put(DirectiveIssuance.VAR_SCOPE_CODE, scopeCode);
    variables.put(DirectiveIssuance.VAR_NUMBER, directive.number() == null ? "" : directive.number());
    variables.put(DirectiveIssuance.VAR_SUBJECT, directive.subject());
    variables.put(DirectiveIssuance.VAR_COMPLETE_BY, VietnameseFormat.date(directive.completeBy()));
    return runtime.startProcessInstanceByKey(DirectiveIssuance.KEY, "CV-" + directive.id(), variables).getId();
  }

  @Override
  public void deadlineAmended(long directiveId) {
    for (FollowUp followUp : followUps.ofDirective(directiveId)) {
      if (followUp.processInstanceId() != null && followUp.completedAt() == null && followUp.withdrawnAt() == null) {
        runtime.createMessageCorrelation(BranchFollowUp.MESSAGE_AMENDED).processInstanceId(followUp.processInstanceId())
            .correlateAllWithResult();
      }
    }
  }

  /**
   * Every running follow-up is told. Rows without an instance yet (their batch has not run) end as
   * withdrawn with the directive, and their batch skips them.
   */
  @Override
  public void withdrawn(long directiveId) {
    for (FollowUp followUp : followUps.ofDirective(directiveId)) {
      if (followUp.processInstanceId() != null && followUp.completedAt() == null && followUp.withdrawnAt() == null) {
        runtime.createMessageCorrelation(BranchFollowUp.MESSAGE_WITHDRAWN).processInstanceId(followUp.processInstanceId())
            .correlateAllWithResult();
      }
    }
    runtime.createMessageCorrelation(DirectiveIssuance.MESSAGE_WITHDRAW)
        .processInstanceVariableEquals(DirectiveIssuance.VAR_DIRECTIVE_ID, directiveId)
        .correlateAllWithResult();
  }
}
