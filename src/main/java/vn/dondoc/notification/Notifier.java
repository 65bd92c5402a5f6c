package vn.dondoc.notification;

import java.util.Collection;
import java.util.Map;

/**
 * Sends one notification to each user: an in-app entry always, an e-mail when the user has an
 * address and mail is configured.
 *
 * <p>Meant to be called from process steps, inside their transaction: it only writes rows (the
 * in-app entry and, for e-mail, an outbox row that a scheduled sender delivers later), so a step
 * that rolls back leaves no notification, and mail problems never fail the step.
 */
public interface Notifier {

  /**
   * @param userIds engine user ids; unknown ones are skipped with a log line, duplicates notified once
   * @param template a file {@code templates/notification/<template>.txt}: first line the subject,
   *     the rest the body (Thymeleaf TEXT mode); see the README for the names and their values
   * @param values what the template names: strings, numbers, dates ({@code java.time} values;
   *     {@code java.util.Date} is read in Vietnam's time zone)
   * @param link a path in the application such as {@code /camunda/app/tasklist/default/#/?task=<id>},
   *     made absolute with {@code dondoc.base-url}; {@code null} for none
   * @throws IllegalArgumentException if there is no such template
   */
  void notify(Collection<String> userIds, String template, Map<String, ?> values, String link);
}
