package vn.dondoc.directive.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.directive.DirectiveService;
import vn.dondoc.followup.FollowUpRepository;

/**
 * Task_MarkWithdrawn of the directive: its status, and every follow-up not yet done — including
 * those whose process had not started yet when the fan-out was cancelled — ends as withdrawn.
 */
@Component
class WithdrawDirectiveDelegate implements JavaDelegate {

  private final DirectiveService directives;
  private final FollowUpRepository followUps;

  WithdrawDirectiveDelegate(DirectiveService directives, FollowUpRepository followUps) {
    this.directives = directives;
    this.followUps = followUps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long id = ((Number) execution.getVariable(DirectiveIssuance.VAR_DIRECTIVE_ID)).longValue();
    directives.markWithdrawn(id);
    followUps.withdrawOpen(id, directives.now());
  }
}
