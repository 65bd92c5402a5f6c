package vn.dondoc.platform.tabular;

import java.util.List;

/**
 * Thrown when the file cannot be read as a table at all. It carries every problem found, each a
 * Vietnamese sentence meant for the person who uploaded the file, so they can fix them all in one
 * round instead of one upload per mistake.
 */
public class TabularFormatException extends RuntimeException {

  private final List<String> problems;

  public TabularFormatException(List<String> problems) {
    this(problems, null);
  }

  public TabularFormatException(List<String> problems, Throwable cause) {
    super(String.join("; ", problems), cause);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("A format exception needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  static TabularFormatException of(String problem) {
    return new TabularFormatException(List.of(problem));
  }

  /** The problems in the order they were found, each a complete Vietnamese sentence. */
  public List<String> problems() {
    return problems;
  }
}
