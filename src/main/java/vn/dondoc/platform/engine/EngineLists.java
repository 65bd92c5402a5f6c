package vn.dondoc.platform.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * For engine plugins that add one extension (a parse listener, a deployer, a session factory, a
 * history handler…) to the configuration's list of them: that list is {@code null} until someone
 * sets one, and the one set may be unmodifiable.
 */
public final class EngineLists {

  private EngineLists() {
  }

  /** A new list: {@code existing} (if any), then {@code added}. */
  public static <T> List<T> plus(List<? extends T> existing, T added) {
    List<T> all = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
    all.add(added);
    return all;
  }
}
