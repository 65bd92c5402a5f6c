package vn.dondoc.platform.engine;

import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who a process step runs for: the signed-in user completing the task (the steps after a user task
 * run in the completing transaction, so he is still the engine's current authentication), or nobody
 * when a job or the application drives the engine.
 */
public final class EngineUser {

  private EngineUser() {
  }

  public static Optional<String> id(ProcessEngineServices engine) {
    return Optional.ofNullable(engine.getIdentityService().getCurrentAuthentication()).map(Authentication::getUserId);
  }
}
