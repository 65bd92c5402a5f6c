package vn.dondoc.supervision.process;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.identity.Authentication;
import vn.dondoc.supervision.SupervisionService;

/** Who did a step: the signed-in user completing the task, else whoever the engine was told acts, else the system. */
final class Actor {

  private Actor() {
  }

  static String of(ProcessEngineServices engine, String assignee) {
    Authentication user = engine.getIdentityService().getCurrentAuthentication();
    if (user != null && user.getUserId() != null) {
      return user.getUserId();
    }
    return assignee != null ? assignee : SupervisionService.SYSTEM_USER;
  }
}
