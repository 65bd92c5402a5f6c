package vn.dondoc.supervision.process;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.identity.Authentication;
import vn.dondoc.supervision.SupervisionService;

/**
 * Who did a step: the signed-in user completing the task (the record steps run in the completing
 * transaction, so he is still the engine's current authentication), else the system.
 */
final class Actor {

  private Actor() {
  }

  static String of(ProcessEngineServices engine) {
    Authentication user = engine.getIdentityService().getCurrentAuthentication();
    return user != null && user.getUserId() != null ? user.getUserId() : SupervisionService.SYSTEM_USER;
  }
}
