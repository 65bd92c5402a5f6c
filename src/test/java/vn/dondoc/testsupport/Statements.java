package vn.dondoc.testsupport;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/**
 * The SQL statements seen in the debug log while some work ran: the engine's MyBatis statements,
 * by mapped statement ({@code TaskEntity.selectTask}), and the application's {@code JdbcTemplate}
 * calls, by the start of their SQL ({@code jdbc: UPDATE dd_follow_up …}).
 */
public record Statements(List<ILoggingEvent> events, String workThread) {

  private static final List<String> LOGGERS = List.of("org.camunda", "org.springframework.jdbc.core.JdbcTemplate");

  public static Statements during(Runnable work) {
    ListAppender<ILoggingEvent> appender = new ListAppender<>() {
      @Override
      protected void append(ILoggingEvent event) {
        // Thread name and message are otherwise filled in lazily, by whichever thread reads them.
        event.prepareForDeferredProcessing();
        super.append(event);
      }
    };
    appender.start();
    Map<Logger, Level> levels = new LinkedHashMap<>();
    for (String name : LOGGERS) {
      Logger logger = (Logger) LoggerFactory.getLogger(name);
      levels.put(logger, logger.getLevel());
      logger.addAppender(appender);
      logger.setAdditive(false);
      logger.setLevel(Level.DEBUG);
    }
    try {
      work.run();
    } finally {
      levels.forEach((logger, level) -> {
        logger.setLevel(level);
        logger.setAdditive(true);
        logger.detachAppender(appender);
      });
      appender.stop();
    }
    return new Statements(List.copyOf(appender.list), Thread.currentThread().getName());
  }

  /** Which threads logged, with digits folded ({@code camundaTaskExecutor-N}). */
  public Map<String, Long> threads() {
    return events.stream().collect(Collectors.groupingBy(e -> e.getThreadName().replaceAll("\\d+", "N"), TreeMap::new,
        Collectors.counting()));
  }

  /** How often each statement ran on the threads {@code threads} accepts. */
  public Map<String, Integer> counts(ThreadFilter threads) {
    Map<String, Integer> counts = new TreeMap<>();
    for (ILoggingEvent event : events) {
      if (!threads.test(event, workThread)) {
        continue;
      }
      String message = event.getFormattedMessage();
      String key = null;
      if (message.startsWith("==> Parameters:")) {
        String name = event.getLoggerName();
        key = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
      } else if (message.startsWith("Executing prepared SQL statement") || message.startsWith("Executing SQL batch update")
          || message.startsWith("Executing SQL query") || message.startsWith("Executing SQL update")) {
        String sql = message.substring(message.indexOf('[') + 1).replaceAll("\\s+", " ");
        key = "jdbc: " + sql.substring(0, Math.min(70, sql.length()));
      }
      if (key != null) {
        counts.merge(key, 1, Integer::sum);
      }
    }
    return counts;
  }

  /** select, insert, update, delete, app select or app write. */
  public static String kind(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    if (k.startsWith("jdbc: ")) {
      return k.startsWith("jdbc: select") ? "app select" : "app write";
    }
    String statement = k.substring(k.indexOf('.') + 1);
    for (String verb : new String[] {"insert", "update", "delete", "select"}) {
      if (statement.startsWith(verb)) {
        return verb;
      }
    }
    return "other";
  }

  /** The thread that ran {@link #during}'s work. */
  public static boolean mine(ILoggingEvent event, String workThread) {
    return event.getThreadName().equals(workThread);
  }

  public static boolean jobWorker(ILoggingEvent event, String workThread) {
    return event.getThreadName().startsWith("camundaTaskExecutor");
  }

  public static boolean server(ILoggingEvent event, String workThread) {
    return event.getThreadName().startsWith("http-nio");
  }

  public static boolean acquisition(ILoggingEvent event, String workThread) {
    return event.getThreadName().startsWith("JobExecutor");
  }

  public interface ThreadFilter {
    boolean test(ILoggingEvent event, String workThread);
  }
}
