package vn.dondoc.directive.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.dondoc.directive.DirectiveService;

/** Task_Close: the standing committee has heard the report; the directive is closed. */
@Component
class CloseDirectiveDelegate implements JavaDelegate {

  private final DirectiveService directives;

  CloseDirectiveDelegate(DirectiveService directives) {
    this.directives = directives;
  }

  @Override
  public void execute(DelegateExecution execution) {
    directives.close(((Number) execution.getVariable(DirectiveIssuance.VAR_DIRECTIVE_ID)).longValue());
  }
}
