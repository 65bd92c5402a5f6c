package vn.dondoc.platform.tabular;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns the records of either format into a {@link Table}: the first record is the header, the
 * rest are rows. Row problems are collected and thrown by {@link #finish()}, after the whole file
 * was seen, so one upload reports them all.
 */
final class TableBuilder implements Consumer<RawRecord> {

  private final HeaderMatcher matcher;
  private final List<Row> rows = new ArrayList<>();
  private final ProblemList problems = new ProblemList();
  private HeaderLayout layout;

  TableBuilder(HeaderMatcher matcher) {
    this.matcher = matcher;
  }

  /** Parsers hand over only records with at least one non-blank cell. */
  @Override
  public void accept(RawRecord record) {
    if (layout == null) {
      layout = matcher.match(record.cells());
      return;
    }
    List<String> cells = record.cells();
    String[] values = layout.emptyValues();
    boolean tooManyCells = false;
    for (int i = 0; i < cells.size(); i++) {
      if (i < layout.width()) {
        values[layout.slotOf(i)] = Cells.clean(cells.get(i));
      } else if (!Cells.isBlank(cells.get(i))) {
        // Empty trailing cells are tolerated: editors pad rows with delimiters or blank cells.
        tooManyCells = true;
      }
    }
    if (tooManyCells) {
      problems.add("Dòng " + record.line() + " có nhiều ô hơn tiêu đề");
    } else {
      rows.add(new Row(record.line(), layout.values(values)));
    }
  }

  Table finish() {
    if (layout == null) {
      throw TabularFormatException.of("Tệp rỗng");
    }
    problems.throwIfAny();
    return new Table(layout.headers(), rows);
  }
}
