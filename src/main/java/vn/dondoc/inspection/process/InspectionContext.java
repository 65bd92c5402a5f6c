package vn.dondoc.inspection.process;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.dondoc.followup.ReminderPlan;
import vn.dondoc.inspection.Inspection;
import vn.dondoc.inspection.InspectionService;
import vn.dondoc.inspection.InspectionSettings;
import vn.dondoc.notification.Notifier;
import vn.dondoc.notification.Recipients;
import vn.dondoc.organization.Organization;
import vn.dondoc.organization.ScopeRole;
import vn.dondoc.platform.engine.EngineUser;
import vn.dondoc.platform.time.TimeConfiguration;

/**
 * What the inspection's steps share: the service, reminder plans (the follow-up's, with the
 * inspection's settings), who is told what. Refused input goes through {@link vn.dondoc.platform.engine.TaskInput}.
 */
@Component
class InspectionContext {

  static final String TASKLIST = "/camunda/app/tasklist/default/";

  private final InspectionService service;
  private final InspectionSettings settings;
  private final Notifier notifier;
  private final Recipients recipients;
  private final IdentityService identity;

  InspectionContext(InspectionService service, InspectionSettings settings, Notifier notifier, Recipients recipients,
      IdentityService identity) {
    this.service = service;
    this.settings = settings;
    this.notifier = notifier;
    this.recipients = recipients;
    this.identity = identity;
  }

  InspectionService service() {
    return service;
  }

  long id(DelegateExecution execution) {
    return ((Number) execution.getVariable(InspectionFlow.VAR_INSPECTION_ID)).longValue();
  }

  long actionId(DelegateExecution execution) {
    return ((Number) execution.getVariable(InspectionFlow.VAR_ACTION_ID)).longValue();
  }

  Inspection inspection(DelegateExecution execution) {
    return service.find(id(execution));
  }

  static String text(DelegateExecution execution, String variable) {
    Object value = execution.getVariable(variable);
    return value == null ? null : value.toString();
  }

  static String currentUser(DelegateExecution execution) {
    return EngineUser.id(execution.getProcessEngineServices()).orElse("");
  }

  ReminderPlan plan(LocalDate deadline) {
    return new ReminderPlan(deadline, settings.reminderDays(), settings.overdueReminderCap(), TimeConfiguration.VIETNAM);
  }

  Instant now() {
    return ClockUtil.now().toInstant();
  }

  /** The organisation's leaders: the members of its group. */
  List<String> organizationLeaders(Inspection inspection) {
    return members(Organization.groupId(inspection.organizationCode()));
  }

  /** Who is told of anything late: the scope's inspection and standing committees, and the team. */
  Set<String> supervisors(Inspection inspection) {
    Set<String> users = new LinkedHashSet<>();
    users.addAll(members(ScopeRole.INSPECTION.groupId(inspection.scopeCode())));
    users.addAll(members(ScopeRole.STANDING.groupId(inspection.scopeCode())));
    users.addAll(inspection.team());
    return users;
  }

  void notify(Collection<String> users, String template, Inspection inspection, Map<String, Object> more) {
    Map<String, Object> values = new HashMap<>(more);
    values.put("branchName", inspection.organizationName());
    values.put("reference", inspection.reference());
    notifier.notify(users, template, values, TASKLIST);
  }

  /**
   * A reminder of a deadline to the organisation's leaders: "còn N ngày" before it, "quá hạn N ngày"
   * after it, by the planned reminder that is due now.
   */
  void remind(Inspection inspection, String what, LocalDate deadline) {
    ReminderPlan plan = plan(deadline);
    long offset = plan.dayOffsetNow(now());
    Map<String, Object> values = new HashMap<>();
    values.put("what", what);
    values.put("deadline", deadline);
    values.put(offset < 0 ? "daysLeft" : "daysOverdue", Math.abs(offset));
    notify(organizationLeaders(inspection), "inspection-reminder", inspection, values);
  }

  /** The supervisors learn that the organisation let a deadline pass. */
  void escalate(Inspection inspection, String what, LocalDate deadline) {
    notify(supervisors(inspection), "inspection-escalated", inspection, Map.of("what", what, "deadline", deadline));
  }

  /** Those of the users who are not in the directory, in one look-up. */
  List<String> unknownUsers(List<String> userIds) {
    Set<String> known = recipients.find(userIds).keySet();
    return userIds.stream().filter(user -> !known.contains(user)).toList();
  }

  /** Is the user in the tenant, himself or through one of his groups? */
  boolean inTenant(String userId, String tenantId) {
    return directory(() -> identity.createTenantQuery().tenantId(tenantId).userMember(userId).includingGroupsOfUser(true)
        .count() > 0);
  }

  private List<String> members(String groupId) {
    return directory(() -> identity.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getId).toList());
  }

  /**
   * A look-up in the user directory. A step runs as whoever completed the task, who may not read
   * other users; who is on a team or in a group is the system's business, so it runs without
   * authorization checks, in the step's own command.
   */
  private static <T> T directory(Callable<T> query) {
    return Context.getCommandContext().runWithoutAuthorization(query);
  }
}
