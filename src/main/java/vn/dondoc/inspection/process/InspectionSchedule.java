package vn.dondoc.inspection.process;

import java.util.Date;
import org.springframework.stereotype.Component;
import vn.dondoc.followup.ReminderPlan;
import vn.dondoc.inspection.Inspection;
import vn.dondoc.inspection.TimeLimit;
import vn.dondoc.platform.time.TimeConfiguration;

/**
 * The timers of {@code inspection}, {@code ${inspectionSchedule.…}}: reminders and deadlines of the
 * self-report and of each remediation action (the follow-up's plan: days before at 08:00, then daily
 * up to a cap), and the end of the legal time limit, read from the tables each time, so an
 * extension moves it.
 */
// Public: the expression language calls its methods by reflection.
@Component("inspectionSchedule")
public class InspectionSchedule {

  private final InspectionContext context;

  InspectionSchedule(InspectionContext context) {
    this.context = context;
  }

  public boolean hasSelfReportReminder(Number inspectionId) {
    return selfReportPlan(inspectionId).next(context.now()).isPresent();
  }

  public Date nextSelfReportReminder(Number inspectionId) {
    return Date.from(selfReportPlan(inspectionId).next(context.now()).orElseThrow());
  }

  public Date selfReportOverdueFrom(Number inspectionId) {
    return Date.from(selfReportPlan(inspectionId).overdueFrom());
  }

  public boolean hasActionReminder(Number actionId) {
    return actionPlan(actionId).next(context.now()).isPresent();
  }

  public Date nextActionReminder(Number actionId) {
    return Date.from(actionPlan(actionId).next(context.now()).orElseThrow());
  }

  public Date actionOverdueFrom(Number actionId) {
    return Date.from(actionPlan(actionId).overdueFrom());
  }

  /** The midnight that ends the last day of the time limit, Vietnam's time. */
  public Date timeLimitEnds(Number inspectionId) {
    TimeLimit limit = context.service().find(inspectionId.longValue()).timeLimit().orElseThrow();
    return Date.from(limit.endsOn().plusDays(1).atStartOfDay(TimeConfiguration.VIETNAM).toInstant());
  }

  private ReminderPlan selfReportPlan(Number inspectionId) {
    Inspection inspection = context.service().find(inspectionId.longValue());
    return context.plan(inspection.selfReportDue());
  }

  private ReminderPlan actionPlan(Number actionId) {
    return context.plan(context.service().action(actionId.longValue()).dueOn());
  }
}
