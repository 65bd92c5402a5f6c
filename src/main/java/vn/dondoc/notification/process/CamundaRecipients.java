package vn.dondoc.notification.process;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;
import vn.dondoc.notification.Recipient;
import vn.dondoc.notification.Recipients;

/** Recipients from Camunda's identity service: name from first and last name, address from e-mail. */
@Component
class CamundaRecipients implements Recipients {

  /** Ids per IN list, well below every database's limit. */
  private static final int CHUNK = 500;

  private final ProcessEngineConfigurationImpl engine;

  CamundaRecipients(ProcessEngine processEngine) {
    this.engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
  }

  @Override
  public Map<String, Recipient> find(Collection<String> userIds) {
    List<String> ids = List.copyOf(new LinkedHashSet<>(userIds));
    if (ids.isEmpty()) {
      return Map.of();
    }
    // A step notifies as whoever completed it (a branch leader, say), who may not read other users;
    // looking up the recipients is the system's business, so it runs without authorization checks.
    // Inside a delegate the running command context is reused and restored afterwards.
    return engine.getCommandExecutorTxRequired()
        .execute(context -> context.runWithoutAuthorization(() -> query(engine.getIdentityService(), ids)));
  }

  private static Map<String, Recipient> query(IdentityService identity, List<String> ids) {
    Map<String, Recipient> found = new HashMap<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      String[] chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK)).toArray(String[]::new);
      for (User user : identity.createUserQuery().userIdIn(chunk).list()) {
        found.put(user.getId(), new Recipient(user.getId(), fullName(user), user.getEmail()));
      }
    }
    return found;
  }

  /** Vietnamese names are stored family and middle names first: "Nguyễn Văn" + "An". */
  private static String fullName(User user) {
    return ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
  }
}
