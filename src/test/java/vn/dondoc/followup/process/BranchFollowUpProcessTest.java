package vn.dondoc.followup.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveService;
import vn.dondoc.directive.process.DirectiveIssuance;
import vn.dondoc.followup.FollowUp;
import vn.dondoc.followup.FollowUpRepository;
import vn.dondoc.followup.FollowUpService;
import vn.dondoc.followup.FollowUpStatus;
import vn.dondoc.organization.OrganizationImporter;
import vn.dondoc.organization.ScopeRole;
import vn.dondoc.platform.time.TimeConfiguration;
import vn.dondoc.testsupport.DirectiveFixture;
import vn.dondoc.testsupport.SpringProcessTest;

/**
 * One test per path of {@code branch-follow-up}: done on time, a returned report, reassignment,
 * reminders and escalation fired by moving the clock, an amended deadline, withdrawal. The
 * directive is due on 10/03/2026; the clock starts on 02/03/2026 at 09:00 in Vietnam.
 */
class BranchFollowUpProcessTest extends SpringProcessTest {

  static final LocalDate DUE = LocalDate.of(2026, 3, 10);

  @Autowired OrganizationImporter importer;
  @Autowired IdentityService identity;
  @Autowired DirectiveService directives;
  @Autowired FollowUpRepository followUps;
  @Autowired FollowUpService followUpService;
  @Autowired TaskService tasks;
  @Autowired JdbcTemplate jdbc;

  @Test
  void theSecretaryAcknowledgesReportsAndIsAcceptedOnTime() {
    Started s = publish("FA");
    assertThat(s.instance).isWaitingAt(BranchFollowUp.TASK_ACKNOWLEDGE);
    var acknowledge = s.fixture.task(s.instance.getId(), BranchFollowUp.TASK_ACKNOWLEDGE);
    assertThat(acknowledge).isAssignedTo("fa.b1");
    assertThat(tasks.getIdentityLinksForTask(acknowledge.getId())).extracting(link -> link.getGroupId())
        .as("the deputy and a later secretary can still claim it").contains("org:FA-B1");
    assertThat(grantees(Resources.TASK, acknowledge.getId())).as("grants on the new task, runtime")
        .containsExactlyInAnyOrder("fa.b1", "org:FA-B1");
    assertThat(grantees(Resources.HISTORIC_TASK, acknowledge.getId())).as("and history")
        .containsExactlyInAnyOrder("fa.b1", "org:FA-B1");
    assertThat(notifications("fa.b1", "followup-assigned")).isOne();
    assertThat(link("fa.b1", "followup-assigned")).as("the mail opens his task").endsWith("#/?task=" + acknowledge.getId());
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dd_mail_outbox", Integer.class))
        .as("no spring.mail.host here, as in the embedded default: in-app entries only, no mail queued").isZero();

    acknowledgeAndReport(s, "Đã họp chi bộ, 12 đồng chí kích hoạt tài khoản");
    assertThat(s.instance).isWaitingAt(BranchFollowUp.TASK_REVIEW_REPORT);
    assertThat(s.fixture.task(s.instance.getId(), BranchFollowUp.TASK_REVIEW_REPORT)).hasCandidateGroup("xdd:FA-X");
    review(s, BranchFollowUp.DECISION_ACCEPT, null);

    assertThat(s.instance).hasPassed(BranchFollowUp.TASK_REGISTER, BranchFollowUp.TASK_SUBMIT_REPORT).isEnded();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(s.instance.getId()).list())
        .as("history level dondoc keeps no gateway passages").extracting(a -> a.getActivityType())
        .contains("userTask", "serviceTask", "intermediateTimer").doesNotContain("exclusiveGateway", "parallelGateway");
    FollowUp done = followUps.find(s.followUpId).orElseThrow();
    assertThat(done.acknowledgedAt()).isNotNull();
    assertThat(done.status(done.completedAt(), TimeConfiguration.VIETNAM)).isEqualTo(FollowUpStatus.DONE_ON_TIME);
    assertThat(followUps.reports(s.followUpId)).singleElement()
        .satisfies(report -> {
          assertThat(report.accountsActivated()).isEqualTo(12);
          assertThat(report.decision()).isEqualTo("accept");
        });
  }

  @Test
  void aReturnedReportGoesBackWithItsCommentAndTheLoopKeepsItsHistory() {
    Started s = publish("FB");
    acknowledgeAndReport(s, "Đã triển khai");
    assertThatThrownBy(() -> review(s, BranchFollowUp.DECISION_RETURN, " "))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Cần ghi ý kiến thẩm định khi trả lại");
    assertThat(s.instance).isWaitingAt(BranchFollowUp.TASK_REVIEW_REPORT);

    review(s, BranchFollowUp.DECISION_RETURN, "Bổ sung số tài khoản đã kích hoạt");
    assertThat(s.instance).isWaitingAt(BranchFollowUp.TASK_SUBMIT_REPORT);
    assertThat(notifications("fb.b1", "followup-returned")).isOne();
    tasks.complete(s.fixture.task(s.instance.getId(), BranchFollowUp.TASK_SUBMIT_REPORT).getId(),
        withVariables(BranchFollowUp.VAR_WORK_DONE, "Đã triển khai, 9 tài khoản", BranchFollowUp.VAR_ACCOUNTS_ACTIVATED, 9));
    review(s, BranchFollowUp.DECISION_ACCEPT, null);

    assertThat(s.instance).isEnded();
    assertThat(followUps.reports(s.followUpId)).extracting(r -> r.round() + ":" + r.decision() + ":" + r.reviewComment())
        .containsExactly("1:return:Bổ sung số tài khoản đã kích hoạt", "2:accept:null");
  }

  @Test
  void staffReassignTheFollowUpAndTheTasksFollow() {
    Started s = publish("FC");
    followUpService.reassign(s.followUpId, "fc.phobithu", "fc.xdd", Set.of(ScopeRole.PARTY_BUILDING.groupId("FC-X")));
    var acknowledge = s.fixture.task(s.instance.getId(), BranchFollowUp.TASK_ACKNOWLEDGE);
    assertThat(acknowledge).isAssignedTo("fc.phobithu");
    assertThat(grantees(Resources.TASK, acknowledge.getId())).as("the new assignee's grant on the existing task")
        .contains("fc.phobithu", "org:FC-B1");
    tasks.complete(acknowledge.getId());
    assertThat(s.fixture.task(s.instance.getId(), BranchFollowUp.TASK_SUBMIT_REPORT)).isAssignedTo("fc.phobithu");
    assertThat(followUps.find(s.followUpId).orElseThrow().responsibleUserId()).isEqualTo("fc.phobithu");
    // The engine's history names who handed it on, and to whom.
    var assigned = engine.getHistoryService().createUserOperationLogQuery().taskId(acknowledge.getId())
        .operationType(UserOperationLogEntry.OPERATION_TYPE_ASSIGN).singleResult();
    assertThat(assigned.getUserId()).isEqualTo("fc.xdd");
    assertThat(assigned.getNewValue()).isEqualTo("fc.phobithu");
    assertThat(engine.getHistoryService().createHistoricIdentityLinkLogQuery().taskId(acknowledge.getId())
        .userId("fc.phobithu").type(IdentityLinkType.ASSIGNEE).operationType("add").singleResult().getAssignerId())
        .isEqualTo("fc.xdd");
    assertThat(identity.getCurrentAuthentication()).as("the caller's engine identity is as it was").isNull();
  }

  @Test
  void remindersGoOutThreeDaysAndOneDayBeforeTheDeadline() {
    Started s = publish("FD");
    clockAt("2026-03-07T07:59:00");
    runDueJobs();
    assertThat(notifications("fd.b1", "followup-reminder")).isZero();
    clockAt("2026-03-07T08:00:01");
    runDueJobs();
    assertThat(notifications("fd.b1", "followup-reminder")).isOne();
    clockAt("2026-03-09T08:00:01");
    runDueJobs();
    assertThat(notifications("fd.b1", "followup-reminder")).isEqualTo(2);
    assertThat(s.instance).isWaitingAt(BranchFollowUp.TASK_ACKNOWLEDGE);
  }

  @Test
  void afterTheDeadlineTheFollowUpIsOverdueEscalatedAndRemindedDaily() {
    Started s = publish("FE");
    clockAt("2026-03-11T00:00:01");
    runDueJobs();
    assertThat(followUps.find(s.followUpId).orElseThrow().overdueSince()).isNotNull();
    assertThat(s.fixture.task(s.instance.getId(), BranchFollowUp.TASK_SUPERVISE))
        .hasCandidateGroup("xdd:FE-X").hasCandidateGroup("ubkt:FE-X");
    assertThat(notifications("fe.xdd", "followup-escalated")).isOne();
    assertThat(link("fe.xdd", "followup-escalated"))
        .endsWith("#/?task=" + s.fixture.task(s.instance.getId(), BranchFollowUp.TASK_SUPERVISE).getId());
    assertThat(notifications("fe.ubkt", "followup-escalated")).isOne();
    assertThat(followUpService.consolidate(s.directive.id()).counts()).containsEntry(FollowUpStatus.OVERDUE, 1);

    clockAt("2026-03-12T08:00:01");
    runDueJobs();
    assertThat(notifications("fe.b1", "followup-overdue")).isOne();

    acknowledgeAndReport(s, "Đã thực hiện muộn");
    review(s, BranchFollowUp.DECISION_ACCEPT, null);
    assertThat(s.instance).isEnded();
    assertThat(followUpService.consolidate(s.directive.id()).counts()).containsEntry(FollowUpStatus.DONE_LATE, 1);
  }

  @Test
  void anAmendedDeadlineMovesTheTimersAndLiftsTheOverdueMark() {
    Started s = publish("FF");
    clockAt("2026-03-11T00:00:01");
    runDueJobs();
    assertThat(s.instance).isWaitingAt(BranchFollowUp.TASK_SUPERVISE);

    directives.amend(s.directive.id(), null, LocalDate.of(2026, 3, 20), Set.of(ScopeRole.PARTY_BUILDING.groupId("FF-X")));

    assertThat(s.instance).hasPassed(BranchFollowUp.TASK_APPLY_AMENDMENT).isNotWaitingAt(BranchFollowUp.TASK_SUPERVISE);
    FollowUp amended = followUps.find(s.followUpId).orElseThrow();
    assertThat(amended.deadline()).isEqualTo(LocalDate.of(2026, 3, 20));
    assertThat(amended.overdueSince()).isNull();
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(s.instance.getId()).timers()
        .activityId(BranchFollowUp.TIMER_DEADLINE).singleResult().getDuedate())
        .isEqualTo(Date.from(LocalDate.of(2026, 3, 21).atStartOfDay(TimeConfiguration.VIETNAM).toInstant()));
    assertThat(notifications("ff.b1", "directive-amended")).isOne();
    assertThat(followUpService.consolidate(s.directive.id()).counts()).containsEntry(FollowUpStatus.IN_PROGRESS, 1);
  }

  @Test
  void aWithdrawnDirectiveEndsTheFollowUp() {
    Started s = publish("FG");
    directives.withdraw(s.directive.id(), Set.of(ScopeRole.STANDING.groupId("FG-X")));
    assertThat(s.instance).hasPassed(BranchFollowUp.END_WITHDRAWN).isEnded();
    assertThat(followUps.find(s.followUpId).orElseThrow().withdrawnAt()).isNotNull();
    assertThat(notifications("fg.b1", "directive-withdrawn")).isOne();
  }

  /** A directive of commune {prefix}-X to its one branch, signed and fanned out. */
  private Started publish(String prefix) {
    clockAt("2026-03-02T09:00:00");
    DirectiveFixture fixture = DirectiveFixture.commune(prefix, 1, importer, identity, directives, tasks);
    Directive directive = fixture.draft(DUE);
    tasks.complete(fixture.task(directive.processInstanceId(), DirectiveIssuance.TASK_DRAFT).getId(),
        withVariables("draftReady", true));
    tasks.complete(fixture.task(directive.processInstanceId(), DirectiveIssuance.TASK_REVIEW_SIGN).getId(),
        withVariables(DirectiveIssuance.VAR_SIGN_DECISION, "sign"));
    runDueJobs();
    FollowUp followUp = DirectiveFixture.followUp(followUps, directive.id(), fixture.branch(1));
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(followUp.processInstanceId()).singleResult();
    return new Started(fixture, directive, followUp.id(), instance);
  }

  private void acknowledgeAndReport(Started s, String workDone) {
    tasks.complete(s.fixture.task(s.instance.getId(), BranchFollowUp.TASK_ACKNOWLEDGE).getId(),
        withVariables("acknowledged", true));
    tasks.complete(s.fixture.task(s.instance.getId(), BranchFollowUp.TASK_SUBMIT_REPORT).getId(),
        withVariables(BranchFollowUp.VAR_WORK_DONE, workDone, BranchFollowUp.VAR_ACCOUNTS_ACTIVATED, 12));
  }

  private void review(Started s, String decision, String comment) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(BranchFollowUp.VAR_REVIEW_DECISION, decision);
    variables.put(BranchFollowUp.VAR_REVIEW_COMMENT, comment);
    tasks.complete(s.fixture.task(s.instance.getId(), BranchFollowUp.TASK_REVIEW_REPORT).getId(), variables);
  }

  private String link(String userId, String template) {
    return jdbc.queryForObject("SELECT link FROM dd_notification WHERE user_id = ? AND template = ?", String.class,
        userId, template);
  }

  private int notifications(String userId, String template) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM dd_notification WHERE user_id = ? AND template = ?", Integer.class,
        userId, template);
  }

  private record Started(DirectiveFixture fixture, Directive directive, long followUpId, ProcessInstance instance) {
  }

  /** Users and groups granted something on one resource. */
  private List<String> grantees(Resources resource, String resourceId) {
    return engine.getAuthorizationService().createAuthorizationQuery().resourceType(resource).resourceId(resourceId).list()
        .stream().map(a -> a.getUserId() != null ? a.getUserId() : a.getGroupId()).toList();
  }
}
