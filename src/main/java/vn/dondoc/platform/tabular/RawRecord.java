package vn.dondoc.platform.tabular;

import java.util.List;

/**
 * A record as a format parser produced it, before headers give the cells meaning: the line (CSV)
 * or row (Excel) a person would look at, and the untrimmed cell texts in file order.
 */
record RawRecord(int line, List<String> cells) {}
