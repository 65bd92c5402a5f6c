package vn.dondoc.usage;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the many rows of one import in few round trips: on PostgreSQL through COPY, fed in chunks
 * of about 64 kB, then ANALYZE, so that the reconciliation usually asked for right after an import
 * is planned on the real row counts instead of an empty table's (autovacuum analyses later, if at
 * all); elsewhere (H2) as multi-row INSERTs of {@value #ROWS_PER_INSERT} rows.
 */
final class BulkInsert {

  private static final int ROWS_PER_INSERT = 1000;
  private static final int COPY_CHUNK = 64 * 1024;

  private final String table;
  private final String columns;
  private final int[] types;

  /** @param types the {@link java.sql.Types} of the columns, in order */
  BulkInsert(String table, int[] types, String... columns) {
    if (types.length != columns.length) {
      throw new IllegalArgumentException("One type per column expected");
    }
    this.table = table;
    this.columns = String.join(", ", columns);
    this.types = types.clone();
  }

  <R> void write(JdbcTemplate jdbc, List<R> rows, Function<R, Object[]> values) {
    boolean copied = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection -> {
      if (!connection.isWrapperFor(PGConnection.class)) {
        return false;
      }
      copy(connection, rows, values);
      return true;
    }));
    if (!copied) {
      insert(jdbc, rows, values);
    }
  }

  private <R> void copy(Connection connection, List<R> rows, Function<R, Object[]> values) throws SQLException {
    CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
        .copyIn("COPY " + table + " (" + columns + ") FROM STDIN WITH (FORMAT csv)");
    try {
      StringBuilder text = new StringBuilder(COPY_CHUNK + 1024);
      for (R row : rows) {
        csvLine(text, values.apply(row));
        if (text.length() >= COPY_CHUNK) {
          send(copy, text);
        }
      }
      send(copy, text);
      copy.endCopy();
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
    try (var statement = connection.createStatement()) {
      statement.execute("ANALYZE " + table);
    }
  }

  private static void send(CopyIn copy, StringBuilder text) throws SQLException {
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    copy.writeToCopy(bytes, 0, bytes.length);
    text.setLength(0);
  }

  /** COPY's CSV: NULL is an empty unquoted field, text is always quoted, booleans are t/f. */
  private static void csvLine(StringBuilder text, Object[] values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        text.append(',');
      }
      Object value = values[i];
      if (value instanceof String string) {
        text.append('"').append(string.replace("\"", "\"\"")).append('"');
      } else if (value instanceof Boolean bool) {
        text.append(bool ? 't' : 'f');
      } else if (value != null) {
        text.append(value);
      }
    }
    text.append('\n');
  }

  private <R> void insert(JdbcTemplate jdbc, List<R> rows, Function<R, Object[]> values) {
    String row = "(" + String.join(", ", Collections.nCopies(types.length, "?")) + ")";
    for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
      List<R> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
      Object[] arguments = new Object[chunk.size() * types.length];
      int[] argumentTypes = new int[arguments.length];
      for (int r = 0; r < chunk.size(); r++) {
        System.arraycopy(values.apply(chunk.get(r)), 0, arguments, r * types.length, types.length);
        System.arraycopy(types, 0, argumentTypes, r * types.length, types.length);
      }
      jdbc.update("INSERT INTO " + table + " (" + columns + ") VALUES "
          + String.join(", ", Collections.nCopies(chunk.size(), row)), arguments, argumentTypes);
    }
  }
}
