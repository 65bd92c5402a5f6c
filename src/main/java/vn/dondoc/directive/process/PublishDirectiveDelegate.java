package vn.dondoc.directive.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.directive.DirectiveService;

/** Task_Publish: the directive is issued and each recipient gets its follow-up row. */
@Component
class PublishDirectiveDelegate implements JavaDelegate {

  private final DirectiveService directives;

  PublishDirectiveDelegate(DirectiveService directives) {
    this.directives = directives;
  }

  @Override
  public void execute(DelegateExecution execution) {
    directives.publish(((Number) execution.getVariable(DirectiveIssuance.VAR_DIRECTIVE_ID)).longValue());
  }
}
