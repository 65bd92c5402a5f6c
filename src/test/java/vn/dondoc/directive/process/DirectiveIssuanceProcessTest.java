package vn.dondoc.directive.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveRepository;
import vn.dondoc.directive.DirectiveService;
import vn.dondoc.directive.DirectiveStatus;
import vn.dondoc.followup.FollowUp;
import vn.dondoc.followup.FollowUpRepository;
import vn.dondoc.followup.FollowUpService;
import vn.dondoc.followup.FollowUpStatus;
import vn.dondoc.followup.process.BranchFollowUp;
import vn.dondoc.organization.OrganizationImporter;
import vn.dondoc.organization.ScopeRole;
import vn.dondoc.testsupport.DirectiveFixture;
import vn.dondoc.testsupport.SpringProcessTest;

/** One test per path of {@code directive-issuance}: issued and closed, returned for revision, withdrawn. */
class DirectiveIssuanceProcessTest extends SpringProcessTest {

  static final LocalDate DUE = LocalDate.of(2026, 3, 10);

  @Autowired OrganizationImporter importer;
  @Autowired IdentityService identity;
  @Autowired DirectiveService directives;
  @Autowired DirectiveRepository directiveRepository;
  @Autowired FollowUpRepository followUps;
  @Autowired FollowUpService followUpService;
  @Autowired TaskService tasks;

  @Test
  void draftedSignedFannedOutConsolidatedReportedAndClosed() {
    clockAt("2026-03-02T09:00:00");
    DirectiveFixture fixture = DirectiveFixture.commune("DA", 3, importer, identity, directives, tasks);
    Directive directive = fixture.draft(DUE);
    ProcessInstance instance = instance(directive);
    assertThat(instance).isWaitingAt(DirectiveIssuance.TASK_DRAFT);
    assertThat(fixture.task(instance.getId(), DirectiveIssuance.TASK_DRAFT)).hasCandidateGroup("xdd:DA-X");
    assertThat(instance.getTenantId()).isEqualTo("DA-X");

    sign(fixture, instance, "sign");
    assertThat(directiveRepository.find(directive.id()).orElseThrow().status()).isEqualTo(DirectiveStatus.PUBLISHED);
    assertThat(instance).as("the fan-out waits for the job executor").isWaitingAt(DirectiveIssuance.TASK_START_FOLLOW_UPS);
    executeFanOutJob(instance);
    assertThat(batches(directive)).as("three branches, batches of two").extracting(batch -> batch.getBusinessKey())
        .containsExactlyInAnyOrder("CV-" + directive.id() + "-dot-" + firstFollowUpId(directive),
            "CV-" + directive.id() + "-dot-" + (firstFollowUpId(directive) + 2));
    assertThat(instance).as("consolidation is open while the batches run").isWaitingAt(DirectiveIssuance.TASK_CONSOLIDATE);
    runDueJobs();
    assertThat(batches(directive)).as("each batch ends once its follow-ups are started").isEmpty();
    assertThat(instance).as("consolidation is open at any time").isWaitingAt(DirectiveIssuance.TASK_CONSOLIDATE);

    assertThat(followUps.ofDirective(directive.id())).extracting(FollowUp::organizationCode)
        .containsExactly("DA-B1", "DA-B2", "DA-B3");
    for (FollowUp followUp : followUps.ofDirective(directive.id())) {
      String pi = followUp.processInstanceId();
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi).singleResult().getTenantId())
          .isEqualTo("DA-X");
      tasks.complete(fixture.task(pi, BranchFollowUp.TASK_ACKNOWLEDGE).getId());
      tasks.complete(fixture.task(pi, BranchFollowUp.TASK_SUBMIT_REPORT).getId(),
          withVariables(BranchFollowUp.VAR_WORK_DONE, "Đã sinh hoạt chi bộ trên ứng dụng"));
      tasks.complete(fixture.task(pi, BranchFollowUp.TASK_REVIEW_REPORT).getId(),
          withVariables(BranchFollowUp.VAR_REVIEW_DECISION, BranchFollowUp.DECISION_ACCEPT));
    }
    assertThat(instance).isWaitingAt(DirectiveIssuance.TASK_CONSOLIDATE);
    assertThat(followUpService.consolidate(directive.id()).counts()).containsEntry(FollowUpStatus.DONE_ON_TIME, 3);

    tasks.complete(fixture.task(instance.getId(), DirectiveIssuance.TASK_CONSOLIDATE).getId(),
        withVariables("consolidationSummary", "Ba chi bộ hoàn thành đúng hạn"));
    assertThat(fixture.task(instance.getId(), DirectiveIssuance.TASK_REPORT)).hasCandidateGroup("tt:DA-X");
    tasks.complete(fixture.task(instance.getId(), DirectiveIssuance.TASK_REPORT).getId(), withVariables("reportReceived", true));

    assertThat(instance).hasPassed(DirectiveIssuance.END_CLOSED).isEnded();
    assertThat(directiveRepository.find(directive.id()).orElseThrow().status()).isEqualTo(DirectiveStatus.CLOSED);
  }

  @Test
  void theStandingCommitteeReturnsTheDraftForRevision() {
    clockAt("2026-03-02T09:00:00");
    DirectiveFixture fixture = DirectiveFixture.commune("DB", 1, importer, identity, directives, tasks);
    ProcessInstance instance = instance(fixture.draft(DUE));
    sign(fixture, instance, "return");
    assertThat(instance).isWaitingAt(DirectiveIssuance.TASK_DRAFT);
    assertThat(instance).hasPassed(DirectiveIssuance.TASK_REVIEW_SIGN).hasNotPassed(DirectiveIssuance.TASK_PUBLISH);
    sign(fixture, instance, "sign");
    assertThat(instance).hasPassed(DirectiveIssuance.TASK_PUBLISH);
  }

  @Test
  void aWithdrawnDirectiveEndsItselfAndEveryOpenFollowUp() {
    clockAt("2026-03-02T09:00:00");
    DirectiveFixture fixture = DirectiveFixture.commune("DC", 2, importer, identity, directives, tasks);
    Directive directive = fixture.draft(DUE);
    ProcessInstance instance = instance(directive);
    sign(fixture, instance, "sign");
    runDueJobs();
    String done = DirectiveFixture.followUp(followUps, directive.id(), "DC-B1").processInstanceId();
    tasks.complete(fixture.task(done, BranchFollowUp.TASK_ACKNOWLEDGE).getId());
    tasks.complete(fixture.task(done, BranchFollowUp.TASK_SUBMIT_REPORT).getId(), withVariables(BranchFollowUp.VAR_WORK_DONE, "Đã làm xong"));
    tasks.complete(fixture.task(done, BranchFollowUp.TASK_REVIEW_REPORT).getId(),
        withVariables(BranchFollowUp.VAR_REVIEW_DECISION, BranchFollowUp.DECISION_ACCEPT));

    directives.withdraw(directive.id(), Set.of(ScopeRole.PARTY_BUILDING.groupId("DC-X")));

    assertThat(instance).hasPassed(DirectiveIssuance.END_WITHDRAWN).isEnded();
    assertThat(directiveRepository.find(directive.id()).orElseThrow().status()).isEqualTo(DirectiveStatus.WITHDRAWN);
    assertThat(followUpService.consolidate(directive.id()).counts())
        .containsEntry(FollowUpStatus.DONE_ON_TIME, 1).containsEntry(FollowUpStatus.WITHDRAWN, 1);
  }

  @Test
  void followUpsNotStartedYetWhenTheDirectiveIsWithdrawnEndAsWithdrawnToo() {
    clockAt("2026-03-02T09:00:00");
    DirectiveFixture fixture = DirectiveFixture.commune("DE", 3, importer, identity, directives, tasks);
    Directive directive = fixture.draft(DUE);
    ProcessInstance instance = instance(directive);
    sign(fixture, instance, "sign");
    var management = engine.getManagementService();
    executeFanOutJob(instance);
    String firstBatch = batches(directive).stream().filter(batch -> batch.getBusinessKey()
        .endsWith("-dot-" + firstFollowUpId(directive))).findFirst().orElseThrow().getId();
    management.executeJob(management.createJobQuery().processInstanceId(firstBatch).singleResult().getId());
    assertThat(followUps.ofDirective(directive.id())).as("the first batch started and registered, the third branch not yet")
        .extracting(followUp -> followUp.processInstanceId() != null).containsExactly(true, true, false);
    assertThat(tasks.createTaskQuery().processDefinitionKey(BranchFollowUp.KEY).taskDefinitionKey(BranchFollowUp.TASK_ACKNOWLEDGE)
        .processInstanceBusinessKeyLike("CV-" + directive.id() + "-%").count()).isEqualTo(2);

    directives.withdraw(directive.id(), Set.of(ScopeRole.PARTY_BUILDING.groupId("DE-X")));

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(BranchFollowUp.KEY)
        .processInstanceBusinessKeyLike("CV-" + directive.id() + "-%").count()).isZero();
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().activityId(BranchFollowUp.END_WITHDRAWN)
        .list()).filteredOn(a -> a.getProcessInstanceId().equals(DirectiveFixture.followUp(followUps, directive.id(), "DE-B1")
            .processInstanceId())).hasSize(1);
    assertThat(followUpService.consolidate(directive.id()).counts()).containsEntry(FollowUpStatus.WITHDRAWN, 3);
    runDueJobs();
    assertThat(batches(directive)).as("the second batch ran and found nothing to start").isEmpty();
    assertThat(followUps.ofDirective(directive.id())).as("the branch of the second batch is never started")
        .filteredOn(followUp -> followUp.organizationCode().equals("DE-B3"))
        .singleElement().satisfies(followUp -> assertThat(followUp.processInstanceId()).isNull());
    assertThat(instance).hasPassed(DirectiveIssuance.END_WITHDRAWN).isEnded();
  }

  @Test
  void aDirectiveWithdrawnWhileStillADraftStartsNoFollowUp() {
    clockAt("2026-03-02T09:00:00");
    DirectiveFixture fixture = DirectiveFixture.commune("DD", 1, importer, identity, directives, tasks);
    Directive directive = fixture.draft(DUE);
    ProcessInstance instance = instance(directive);
    directives.withdraw(directive.id(), Set.of(ScopeRole.STANDING.groupId("DD-X")));
    assertThat(instance).hasPassed(DirectiveIssuance.END_WITHDRAWN).isEnded();
    assertThat(followUps.ofDirective(directive.id())).isEmpty();
  }

  private void sign(DirectiveFixture fixture, ProcessInstance instance, String decision) {
    tasks.complete(fixture.task(instance.getId(), DirectiveIssuance.TASK_DRAFT).getId(), withVariables("draftReady", true));
    tasks.complete(fixture.task(instance.getId(), DirectiveIssuance.TASK_REVIEW_SIGN).getId(),
        withVariables(DirectiveIssuance.VAR_SIGN_DECISION, decision));
  }

  /** Runs the directive's own pending job: the fan-out into batches. */
  private void executeFanOutJob(ProcessInstance instance) {
    var management = engine.getManagementService();
    management.executeJob(management.createJobQuery().processInstanceId(instance.getId()).singleResult().getId());
  }

  private List<ProcessInstance> batches(Directive directive) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(FollowUpBatch.KEY)
        .processInstanceBusinessKeyLike("CV-" + directive.id() + "-dot-%").list();
  }

  private long firstFollowUpId(Directive directive) {
    return followUps.ofDirective(directive.id()).stream().mapToLong(FollowUp::id).min().orElseThrow();
  }

  private ProcessInstance instance(Directive directive) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(directive.processInstanceId()).singleResult();
  }
}
