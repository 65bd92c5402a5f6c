package vn.dondoc.supervision.process;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.dondoc.platform.time.TimeConfiguration;
import vn.dondoc.supervision.SupervisionService;

/**
 * The timers of {@code supervision.bpmn}, {@code ${supervisionSchedule.…}}: when the monthly regular
 * supervisions start ({@code dondoc.supervision.regular-cycle}) and when members are reminded of
 * findings not yet recorded ({@code dondoc.supervision.reminder-time} on the supervision's due day).
 */
// Public: the expression language calls its methods by reflection.
@Component("supervisionSchedule")
public class SupervisionSchedule {

  private final SupervisionService supervisions;
  private final String regularCycle;
  private final LocalTime reminderTime;

  SupervisionSchedule(SupervisionService supervisions,
      @Value("${dondoc.supervision.regular-cycle}") String regularCycle,
      @Value("${dondoc.supervision.reminder-time}") String reminderTime) {
    this.supervisions = supervisions;
    this.regularCycle = regularCycle;
    this.reminderTime = LocalTime.parse(reminderTime);
  }

  /** A cron expression of the engine (seconds first), read when the process is deployed. */
  public String regularCycle() {
    return regularCycle;
  }

  /** The reminder of findings not recorded: on the due day (the plan's, or the period's last) at the reminder time. */
  public Date findingsDue(Number supervisionId) {
    LocalDate due = supervisions.get(supervisionId.longValue()).dueOn();
    return Date.from(due.atTime(reminderTime).atZone(TimeConfiguration.VIETNAM).toInstant());
  }
}
