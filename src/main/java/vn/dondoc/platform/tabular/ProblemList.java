package vn.dondoc.platform.tabular;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects problems to report them together. Capped, because a systematically broken file of
 * 100,000 rows would otherwise produce a message nobody can read (or send over HTTP).
 */
final class ProblemList {

  static final int MAX_LISTED = 100;

  private final List<String> problems = new ArrayList<>();
  private int omitted;

  void add(String problem) {
    if (problems.size() < MAX_LISTED) {
      problems.add(problem);
    } else {
      omitted++;
    }
  }

  void throwIfAny() {
    if (problems.isEmpty()) {
      return;
    }
    List<String> all = new ArrayList<>(problems);
    if (omitted > 0) {
      all.add("Và " + omitted + " lỗi khác chưa liệt kê.");
    }
    throw new TabularFormatException(all);
  }
}
