package vn.dondoc.platform.tabular;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * A small RFC 4180 parser: double quotes, {@code ""} as an escaped quote, delimiters and line
 * breaks inside quotes. It reads through a fixed buffer so a large file never becomes one large
 * string. The delimiter ({@code ;} as Vietnamese-locale Excel writes it, or {@code ,}) is whichever
 * occurs more outside quotes on the header line, a tie going to {@code ;}. Line numbers are
 * physical lines, so a record continuing over a quoted line break keeps the number of the line
 * where it starts, the one a person finds in a text editor. Records whose cells are all blank are
 * skipped, but their lines are counted.
 */
final class CsvParser {

  private static final int EOF = -1;

  private final Reader in;
  private char[] buffer = new char[16 * 1024];
  private int position;
  private int limit;
  private boolean endOfInput;
  private char delimiter;
  private int line = 1;
  private final StringBuilder field = new StringBuilder();

  CsvParser(Reader in) {
    this.in = in;
  }

  static void readAll(byte[] content, Consumer<RawRecord> sink) {
    CsvParser parser = new CsvParser(new StrictUtf8Reader(content));
    for (RawRecord record = parser.next(); record != null; record = parser.next()) {
      sink.accept(record);
    }
  }

  /** The next record with a non-blank cell, or {@code null} at the end of the input. */
  RawRecord next() {
    if (delimiter == 0) {
      delimiter = detectDelimiter();
    }
    while (peek(0) != EOF) {
      int start = line;
      List<String> cells = readRecord(start);
      if (cells.stream().anyMatch(cell -> !Cells.isBlank(cell))) {
        return new RawRecord(start, cells);
      }
    }
    return null;
  }

  private List<String> readRecord(int start) {
    List<String> cells = new ArrayList<>();
    field.setLength(0);
    boolean quoted = false;
    boolean fieldStarted = false;
    int quoteLine = start;
    while (true) {
      int c = read();
      if (quoted) {
        if (c == EOF) {
          throw TabularFormatException.of("Dấu ngoặc kép (\") mở ở dòng " + quoteLine
              + " không được đóng. Hãy kiểm tra lại ô chứa dấu ngoặc kép.");
        } else if (c == '"' && peek(0) == '"') {
          read();
          field.append('"');
        } else if (c == '"') {
          quoted = false;
        } else if (isLineBreak(c)) {
          field.append('\n');
        } else {
          field.append((char) c);
        }
      } else if (c == EOF || isLineBreak(c)) {
        cells.add(field.toString());
        return cells;
      } else if (c == delimiter) {
        cells.add(field.toString());
        field.setLength(0);
        fieldStarted = false;
      } else if (c == '"' && !fieldStarted) {
        quoted = true;
        fieldStarted = true;
        quoteLine = line;
      } else {
        // A quote in the middle of an unquoted field, or after a closing quote, is kept as text,
        // as Excel does.
        field.append((char) c);
        fieldStarted = true;
      }
    }
  }

  /** Consumes the rest of a CR LF pair and counts the line. */
  private boolean isLineBreak(int c) {
    if (c == '\r') {
      if (peek(0) == '\n') {
        read();
      }
      line++;
      return true;
    }
    if (c == '\n') {
      line++;
      return true;
    }
    return false;
  }

  /** Looks ahead over blank lines and the header record without consuming anything. */
  private char detectDelimiter() {
    int semicolons = 0;
    int commas = 0;
    boolean quoted = false;
    boolean seenText = false;
    for (int i = 0; ; i++) {
      int c = peek(i);
      if (c == EOF) {
        break;
      } else if (c == '"') {
        quoted = !quoted;
        seenText = true;
      } else if (quoted) {
        continue;
      } else if (c == ';') {
        semicolons++;
      } else if (c == ',') {
        commas++;
      } else if (c == '\n' || c == '\r') {
        if (seenText || semicolons + commas > 0) {
          break;
        }
      } else if (!Cells.isSpace((char) c)) {
        seenText = true;
      }
    }
    return commas > semicolons ? ',' : ';';
  }

  private int read() {
    int c = peek(0);
    if (c != EOF) {
      position++;
    }
    return c;
  }

  /** The char {@code ahead} places after the current one, filling (and if needed growing) the buffer. */
  private int peek(int ahead) {
    while (position + ahead >= limit) {
      if (endOfInput) {
        return EOF;
      }
      fill(ahead + 1);
    }
    return buffer[position + ahead];
  }

  private void fill(int wanted) {
    if (position > 0) {
      System.arraycopy(buffer, position, buffer, 0, limit - position);
      limit -= position;
      position = 0;
    }
    if (buffer.length - limit < 2 || wanted > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, wanted + 2));
    }
    try {
      int count = in.read(buffer, limit, buffer.length - limit);
      if (count < 0) {
        endOfInput = true;
      } else {
        limit += count;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
