package vn.dondoc.organization;

import java.util.Set;

/**
 * What one user may see of the tree: everything (administrators), or the subtrees under the given
 * paths (a secretary's own organisations; a committee body's whole scope).
 */
public record Visibility(boolean everything, Set<String> paths) {

  public static final Visibility ALL = new Visibility(true, Set.of());
  public static final Visibility NONE = new Visibility(false, Set.of());

  public boolean sees(Organization organization) {
    return everything || paths.stream().anyMatch(organization::isWithin);
  }
}
