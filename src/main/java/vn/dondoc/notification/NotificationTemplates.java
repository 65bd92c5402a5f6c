package vn.dondoc.notification;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import vn.dondoc.platform.time.TimeConfiguration;

/**
 * Renders {@code templates/notification/<name>.txt}: the first line is the subject, the rest the
 * plain-text body. Besides the caller's values a template sees {@code recipientName} and
 * {@code link} (absolute), either {@code null} when there is none.
 *
 * <p>The engine is private to this class, not a bean: a {@code TemplateEngine} bean would make
 * Spring Boot drop its own, which renders the HTML pages.
 */
@Component
class NotificationTemplates {

  static final String FOLDER = "templates/notification/";
  /** The column sizes of dd_notification and dd_mail_outbox. */
  static final int MAX_SUBJECT = 500;
  static final int MAX_BODY = 100_000;

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");
  private static final Pattern TRAILING_SPACE = Pattern.compile("[ \t]+\n");

  private final TemplateEngine engine;

  NotificationTemplates() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(NotificationTemplates.class.getClassLoader());
    resolver.setPrefix(FOLDER);
    resolver.setSuffix(".txt");
    resolver.setTemplateMode(TemplateMode.TEXT);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    // SpEL, as in the rest of the application; #temporals is part of Thymeleaf's standard dialect.
    SpringTemplateEngine springEngine = new SpringTemplateEngine();
    springEngine.setTemplateResolver(resolver);
    this.engine = springEngine;
  }

  /** Fails early, before anything is written, on a template name that has no file. */
  void requireExists(String template) {
    if (template == null || !NAME.matcher(template).matches()
        || NotificationTemplates.class.getClassLoader().getResource(FOLDER + template + ".txt") == null) {
      throw new IllegalArgumentException("Không có mẫu thông báo \"" + template + "\" (" + FOLDER + template + ".txt)");
    }
  }

  RenderedNotification render(String template, Map<String, ?> values, String recipientName, String link) {
    requireExists(template);
    Context context = new Context(VIETNAMESE);
    values.forEach((name, value) -> context.setVariable(name, readable(value)));
    context.setVariable("recipientName", readable(recipientName));
    context.setVariable("link", readable(link));
    String text = engine.process(template, context).replace("\r\n", "\n").strip();
    int endOfSubject = text.indexOf('\n');
    String subject = endOfSubject < 0 ? text : text.substring(0, endOfSubject).strip();
    String body = endOfSubject < 0 ? "" : tidy(text.substring(endOfSubject + 1));
    return new RenderedNotification(cut(subject, MAX_SUBJECT), cut(body, MAX_BODY));
  }

  /**
   * Values as the templates test and format them. A blank string becomes {@code null}, because
   * Thymeleaf's {@code th:if} counts "" as true and would print an empty "Lý do:" line. Engine
   * variables hold {@code java.util.Date}, which is an instant: it is read in Vietnam's time zone,
   * as is an {@code Instant}, for {@code #temporals}.
   */
  private static Object readable(Object value) {
    if (value instanceof String text && text.isBlank()) {
      return null;
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    if (value instanceof java.util.Date date) {
      return date.toInstant().atZone(TimeConfiguration.VIETNAM);
    }
    if (value instanceof Instant instant) {
      return instant.atZone(TimeConfiguration.VIETNAM);
    }
    return value;
  }

  /** Optional parts of a template leave blank lines and trailing spaces behind when absent. */
  private static String tidy(String body) {
    String text = TRAILING_SPACE.matcher(body + "\n").replaceAll("\n");
    return BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
  }

  /** A long subject or comment must not make the insert, and with it the process step, fail. */
  private static String cut(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
