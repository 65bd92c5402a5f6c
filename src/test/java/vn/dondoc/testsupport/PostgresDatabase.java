package vn.dondoc.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import vn.dondoc.platform.security.Passwords;

/**
 * Fresh PostgreSQL databases for integration tests, on the server at {@code DONDOC_TEST_PG_URL}
 * (default {@code jdbc:postgresql://127.0.0.1:5432/}) as {@code DONDOC_TEST_PG_USER} (default
 * {@code postgres}). Each test class gets its own database; databases of earlier runs are dropped
 * the first time one is created.
 */
public final class PostgresDatabase {

  private static final String PREFIX = "dondoc_it_";
  private static final long STALE_AFTER_SECONDS = 2 * 60 * 60;
  private static final AtomicBoolean CLEANED = new AtomicBoolean();
  private static final String USAGE_HASH_KEY = Passwords.random() + Passwords.random();

  private PostgresDatabase() {
  }

  public static String serverUrl() {
    String url = System.getenv().getOrDefault("DONDOC_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    return url.endsWith("/") ? url : url + "/";
  }

  public static String user() {
    return System.getenv().getOrDefault("DONDOC_TEST_PG_USER", "postgres");
  }

  public static String password() {
    return System.getenv().getOrDefault("DONDOC_TEST_PG_PASSWORD", "");
  }

  static boolean reachable() {
    try (Connection ignored = admin()) {
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  /** Creates an empty database and returns its JDBC URL. */
  public static String create() {
    String name = PREFIX + Instant.now().getEpochSecond() + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    try (Connection connection = admin(); Statement statement = connection.createStatement()) {
      if (CLEANED.compareAndSet(false, true)) {
        dropEarlierRuns(statement);
      }
      statement.execute("CREATE DATABASE " + name + " ENCODING 'UTF8'");
    } catch (SQLException e) {
      throw new IllegalStateException("Không tạo được cơ sở dữ liệu kiểm thử trên " + serverUrl(), e);
    }
    return serverUrl() + name;
  }

  /**
   * The Spring properties that point the application at a fresh database, with the settings its
   * production profile requires: the citizen-id hash key, random per run like every password.
   */
  public static Map<String, Object> springProperties(String jdbcUrl) {
    return Map.of(
        "spring.datasource.url", jdbcUrl,
        "spring.datasource.username", user(),
        "spring.datasource.password", password(),
        "dondoc.usage.hash-key", USAGE_HASH_KEY);
  }

  private static void dropEarlierRuns(Statement statement) throws SQLException {
    List<String> names = new ArrayList<>();
    try (ResultSet rows = statement.executeQuery(
        "SELECT datname FROM pg_database WHERE datname LIKE '" + PREFIX + "%'")) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    long staleBefore = Instant.now().getEpochSecond() - STALE_AFTER_SECONDS;
    for (String name : names) {
      if (createdAt(name) < staleBefore) {
        statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      }
    }
  }

  /** The creation time in the name; 0 (stale) for names of the older, timeless form. */
  private static long createdAt(String name) {
    String[] parts = name.substring(PREFIX.length()).split("_");
    try {
      return parts.length == 2 ? Long.parseLong(parts[0]) : 0;
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static Connection admin() throws SQLException {
    DriverManager.setLoginTimeout(3);
    return DriverManager.getConnection(serverUrl() + "postgres", user(), password());
  }
}
