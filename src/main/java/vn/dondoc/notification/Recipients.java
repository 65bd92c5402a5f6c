package vn.dondoc.notification;

import java.util.Collection;
import java.util.Map;

/** Port to the user directory (the engine's identity service), implemented in {@code process/}. */
public interface Recipients {

  /** The users that exist among the given ids, by id; unknown ids are simply absent. */
  Map<String, Recipient> find(Collection<String> userIds);
}
