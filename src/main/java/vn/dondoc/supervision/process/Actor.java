package vn.dondoc.supervision.process;

import org.camunda.bpm.engine.ProcessEngineServices;
import vn.dondoc.platform.engine.EngineUser;
import vn.dondoc.supervision.SupervisionService;

/**
 * Who did a step: the signed-in user completing the task (the record steps run in the completing
 * transaction, so he is still the engine's current authentication), else the system.
 */
final class Actor {

  private Actor() {
  }

  static String of(ProcessEngineServices engine) {
    return EngineUser.id(engine).orElse(SupervisionService.SYSTEM_USER);
  }
}
