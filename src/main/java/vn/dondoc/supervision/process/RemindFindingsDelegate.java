package vn.dondoc.supervision.process;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.dondoc.notification.Notifier;
import vn.dondoc.organization.ScopeRole;
import vn.dondoc.supervision.Supervision;
import vn.dondoc.supervision.SupervisionService;

/** Task_RemindFindings: the due day has come and the findings are not recorded; the committee's members are told. */
@Component
class RemindFindingsDelegate implements JavaDelegate {

  static final String TEMPLATE = "supervision-reminder";

  private final SupervisionService supervisions;
  private final Notifier notifier;
  private final IdentityService identity;

  RemindFindingsDelegate(SupervisionService supervisions, Notifier notifier, IdentityService identity) {
    this.supervisions = supervisions;
    this.notifier = notifier;
    this.identity = identity;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Supervision supervision = supervisions.get(SupervisionFlow.supervisionId(execution));
    var members = identity.createUserQuery().memberOfGroup(ScopeRole.INSPECTION.groupId(supervision.scopeCode())).list()
        .stream().map(User::getId).toList();
    notifier.notify(members, TEMPLATE, Map.of("supervisionSubject", supervision.subject(),
        "organizationName", supervision.organizationName(), "reference", supervision.reference(),
        "deadline", supervision.dueOn()), "/supervision?organization=" + supervision.organizationCode());
  }
}
