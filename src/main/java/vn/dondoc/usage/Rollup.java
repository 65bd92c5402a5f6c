package vn.dondoc.usage;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import vn.dondoc.organization.Organization;

/** Sums figures up the tree along the organisations' materialised paths, in one pass. */
final class Rollup {

  private Rollup() {
  }

  /**
   * Every organisation of the subtree (in the subtree's order) with the sum of its own figures and
   * those of every organisation below it. Figures of organisations outside the subtree are ignored.
   */
  static <T> Map<String, T> of(List<Organization> subtree, Map<String, T> own, T zero, BinaryOperator<T> plus) {
    Map<String, T> totals = new LinkedHashMap<>();
    Map<String, String> paths = new LinkedHashMap<>();
    for (Organization organization : subtree) {
      totals.put(organization.code(), zero);
      paths.put(organization.code(), organization.path());
    }
    own.forEach((code, figures) -> {
      String path = paths.get(code);
      if (path == null) {
        return;
      }
      for (String ancestor : path.split("/")) {
        if (totals.containsKey(ancestor)) {
          totals.merge(ancestor, figures, plus);
        }
      }
    });
    return totals;
  }
}
