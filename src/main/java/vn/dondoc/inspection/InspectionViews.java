package vn.dondoc.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.dondoc.organization.Organization;
import vn.dondoc.organization.OrganizationAccess;
import vn.dondoc.platform.time.VietnameseFormat;

/** What the API and the committee's page show of inspections: by step, time limit left, remediation late. */
@Service
public class InspectionViews {

  /** An inspection in a list. {@code timeLimitText}: "còn 5 ngày", "quá hạn 2 ngày"; empty before the decision. */
  public record Summary(long id, String reference, String organizationCode, String organizationName, InspectionStep step,
      String stepLabel, Origin origin, String decidedOn, String timeLimitEndsOn, Long daysLeft, boolean timeLimitOverdue,
      String timeLimitText, boolean extended, String outcomeLabel, int openActions, int overdueActions) {
  }

  /** A remediation action past its deadline and not yet verified. */
  public record OverdueAction(long inspectionId, String reference, String organizationName, long actionId, String action,
      String dueOn, long daysOverdue, String statusLabel) {
  }

  /**
   * One inspection in full. {@code mayInspect}: the caller may record findings and propose actions;
   * {@code mayAnswer}: he may hand in the self-report's documents.
   */
  public record Detail(Summary summary, Inspection inspection, String extensionReason, List<Finding> findings,
      List<EvidenceFile> selfReportFiles, List<RemediationAction> actions, boolean mayInspect, boolean mayAnswer) {
  }

  /** The committee's overview of an organisation's subtree. */
  public record Overview(String organizationCode, String organizationName, List<Summary> inspections,
      List<OverdueAction> overdueActions) {
  }

  private final InspectionRepository inspections;
  private final InspectionAccess access;
  private final OrganizationAccess organizations;
  private final Clock clock;

  InspectionViews(InspectionRepository inspections, InspectionAccess access, OrganizationAccess organizations, Clock clock) {
    this.inspections = inspections;
    this.access = access;
    this.organizations = organizations;
    this.clock = clock;
  }

  public Overview of(String organizationCode, Set<String> groups) {
    Organization organization = organizations.seen(organizationCode, groups);
    LocalDate today = LocalDate.now(clock);
    List<Inspection> found = inspections.within(organization.path());
    Map<Long, List<RemediationAction>> actions = inspections.actionsWithin(organization.path());
    List<OverdueAction> overdue = found.stream().flatMap(i -> actions.getOrDefault(i.id(), List.of()).stream()
            .filter(a -> late(a, today))
            .map(a -> new OverdueAction(i.id(), i.reference(), i.organizationName(), a.id(), a.action(),
                VietnameseFormat.date(a.dueOn()), today.toEpochDay() - a.dueOn().toEpochDay(), a.status().label())))
        .toList();
    return new Overview(organization.code(), organization.name(),
        found.stream().map(i -> summary(i, actions.getOrDefault(i.id(), List.of()), today)).toList(), overdue);
  }

  public Detail detail(long id, String userId, Set<String> groups) {
    Inspection inspection = access.visible(id, userId, groups);
    List<RemediationAction> actions = inspections.actions(id);
    return new Detail(summary(inspection, actions, LocalDate.now(clock)), inspection, inspection.extensionReason(),
        inspections.findings(id), inspections.files(id).stream().filter(f -> f.findingId() == null).toList(),
        actions, InspectionAccess.mayInspect(inspection, userId, groups),
        InspectionAccess.mayAnswer(inspection, userId, groups));
  }

  private Summary summary(Inspection inspection, List<RemediationAction> actions, LocalDate today) {
    TimeLimit limit = inspection.timeLimit().orElse(null);
    boolean running = limit != null && inspection.step().underTimeLimit();
    return new Summary(inspection.id(), inspection.reference(), inspection.organizationCode(),
        inspection.organizationName(), inspection.step(), inspection.step().label(), inspection.origin(),
        limit == null ? null : VietnameseFormat.date(limit.decidedOn()),
        limit == null ? null : VietnameseFormat.date(limit.endsOn()),
        running ? limit.daysLeft(today) : null, running && limit.overdue(today),
        running ? limit.text(today) : "", limit != null && limit.extended(),
        inspection.outcome() == null || inspection.conclusionId() == null ? null : inspection.outcome().label(),
        (int) actions.stream().filter(a -> a.status() != ActionStatus.VERIFIED && a.status() != ActionStatus.PROPOSED)
            .count(),
        (int) actions.stream().filter(a -> late(a, today)).count());
  }

  private static boolean late(RemediationAction action, LocalDate today) {
    return action.status() != ActionStatus.PROPOSED && action.status() != ActionStatus.VERIFIED
        && today.isAfter(action.dueOn());
  }
}
