package vn.dondoc.directive;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A new directive as the API receives it (dates as {@code 2026-03-10}). Reminders default to 3 and
 * 1 days before the deadline and at most 7 daily reminders after it.
 */
public record DirectiveRequest(String number, LocalDate issuedOn, String place, String issuerCode, String issuingBody,
    String subject, String body, String signerName, String signerTitle, LocalDate reportBy, LocalDate completeBy,
    List<Integer> reminderDays, Integer overdueReminderCap, List<String> requirements, List<Directive.Target> targets,
    List<String> references, List<Directive.Recipient> recipients) {

  static final List<Integer> DEFAULT_REMINDER_DAYS = List.of(3, 1);
  static final int DEFAULT_OVERDUE_REMINDERS = 7;

  public Directive toDirective() {
    return new Directive(null, number, issuedOn, place, issuerCode, issuingBody, subject, body, signerName, signerTitle,
        reportBy, completeBy, Objects.requireNonNullElse(reminderDays, DEFAULT_REMINDER_DAYS),
        Objects.requireNonNullElse(overdueReminderCap, DEFAULT_OVERDUE_REMINDERS), DirectiveStatus.DRAFT, null,
        orEmpty(requirements), orEmpty(targets), orEmpty(references), orEmpty(recipients));
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
