package vn.dondoc.inspection;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code dondoc.inspection.*}.
 *
 * @param timeLimitDays the legal time limit from the decision, in days (20 at the level directly
 *     above the grassroots)
 * @param maxFileSize the largest evidence file accepted; the application's multipart limit
 *     ({@code spring.servlet.multipart.max-file-size}, 20 MB) caps it
 * @param reminderDays reminders this many days before a self-report or remediation deadline, at 08:00
 * @param overdueReminderCap daily reminders after such a deadline, at most this many
 */
@ConfigurationProperties("dondoc.inspection")
public record InspectionSettings(
    @DefaultValue("20") int timeLimitDays,
    @DefaultValue("10MB") DataSize maxFileSize,
    @DefaultValue({"3", "1"}) List<Integer> reminderDays,
    @DefaultValue("3") int overdueReminderCap) {

  public InspectionSettings {
    if (timeLimitDays < 1 || maxFileSize.toBytes() < 1 || overdueReminderCap < 0
        || reminderDays.stream().anyMatch(days -> days < 0)) {
      throw new IllegalStateException("dondoc.inspection: time-limit-days ≥ 1, max-file-size > 0, reminder-days ≥ 0,"
          + " overdue-reminder-cap ≥ 0 expected");
    }
    reminderDays = List.copyOf(reminderDays);
  }
}
