package vn.dondoc.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveRepository;
import vn.dondoc.directive.DirectiveService;
import vn.dondoc.directive.DirectiveStatus;
import vn.dondoc.directive.process.DirectiveIssuance;
import vn.dondoc.organization.Organization;
import vn.dondoc.organization.OrganizationImporter;
import vn.dondoc.organization.OrganizationRepository;
import vn.dondoc.testsupport.DirectiveFixture;
import vn.dondoc.testsupport.SpringProcessTest;
import vn.dondoc.usage.process.UsageReview;

/**
 * One test per path of {@code usage-review}, through the real import: remediation drafted for the
 * low and not-deployed branches with their support pairs (none without a member database; with
 * one, paired and later confirmed), remediation wanted but nobody to remediate, no remediation.
 */
class UsageReviewProcessTest extends SpringProcessTest {

  @Autowired OrganizationImporter organizationImporter;
  @Autowired OrganizationRepository organizations;
  @Autowired UsageImporter usageImporter;
  @Autowired IdentityService identity;
  @Autowired DirectiveService directives;
  @Autowired DirectiveRepository directiveRepository;
  @Autowired TaskService tasks;
  @Autowired UsageSupport support;
  @Autowired UsageReviewHistory reviewHistory;

  /** Past reviews from the engine's history: the decided one with its decider and directive, the open one. */
  @Test
  void theReviewsOfAnOrganisationSayWhoDecidedWhatNewestFirst() {
    clockAt("2026-03-12T09:00:00");
    DirectiveFixture fixture = DirectiveFixture.commune("UE", 2, organizationImporter, identity, directives, tasks);
    ProcessInstance first = review(importApp(fixture, "2026-03-10T17:00", new int[][] {{10, 10}, {10, 1}}));
    Task task = task(first);
    tasks.claim(task.getId(), fixture.staff);
    tasks.complete(task.getId(), withVariables(UsageReview.VAR_REMEDIATE, true, UsageReview.VAR_NOTE, "Trong tháng 3"));
    clockAt("2026-03-21T09:00:00");
    Snapshot later = importApp(fixture, "2026-03-20T08:00", new int[][] {{10, 10}, {10, 2}});

    List<UsageReviewHistory.ReviewView> reviews = reviewHistory.of(organizations.find("UE-X").orElseThrow());

    assertThat(reviews).extracting(UsageReviewHistory.ReviewView::snapshotId).containsExactly(later.id(),
        ((Number) historicVariable(first, UsageReview.VAR_SNAPSHOT_ID)).longValue());
    UsageReviewHistory.ReviewView open = reviews.get(0);
    assertThat(open.decision()).isEqualTo("Chưa xem xét");
    assertThat(open.decidedBy()).isNull();
    assertThat(open.toRemediate()).isEqualTo(1);
    UsageReviewHistory.ReviewView decided = reviews.get(1);
    assertThat(decided.decision()).isEqualTo("Giao khắc phục");
    assertThat(decided.decidedBy()).isEqualTo(fixture.staff);
    assertThat(decided.decidedAt()).isEqualTo(LocalDateTime.parse("2026-03-12T09:00"));
    assertThat(decided.note()).isEqualTo("Trong tháng 3");
    assertThat(decided.asOfText()).isEqualTo("17 giờ 00 phút, ngày 10/3/2026");
    assertThat(decided.remediationDirectiveId()).isEqualTo(historicVariable(first, UsageReview.VAR_DIRECTIVE_ID));
    assertThat(decided.supportPairs()).isZero();
    // A branch has no snapshot of its own: the commune's reviews are not its.
    assertThat(reviewHistory.of(organizations.find("UE-B2").orElseThrow())).isEmpty();
  }

  /**
   * With a member database: the low branch's elderly members and those without a smartphone who
   * have not accessed get its two young members who use the app (three each, the oldest first),
   * then the Youth Union; the not-deployed branch has nobody young to help, so the Youth Union;
   * the middle branch gets none. A newer snapshot confirms whoever accessed since, and its review
   * pairs nobody twice.
   */
  @Test
  void remediationAlsoPairsTheMembersWhoNeedHelpAndANewerSnapshotConfirmsThem() {
    clockAt("2026-03-12T09:00:00");
    DirectiveFixture fixture = DirectiveFixture.commune("UD", 4, organizationImporter, identity, directives, tasks);
    importDatabase(fixture, """
        UD-B2DV0,UD-B2,1995,Có
        UD-B2DV1,UD-B2,2000,Có
        UD-B2DV2,UD-B2,1950,
        UD-B2DV3,UD-B2,1950,Có
        UD-B2DV4,UD-B2,1950,
        UD-B2DV5,UD-B2,1950,
        UD-B2DV6,UD-B2,1950,
        UD-B2DV7,UD-B2,1950,
        UD-B2DV8,UD-B2,1950,
        UD-B2DV9,UD-B2,1980,Không
        UD-B2DV10,UD-B2,1990,Có
        UD-B2DV11,UD-B2,1990,Không
        UD-B3DV0,UD-B3,1950,Có
        UD-B3DV1,UD-B3,1990,Không
        UD-B3DV2,UD-B3,1990,Có
        UD-B3DV3,UD-B3,1995,
        UD-B4DV9,UD-B4,1940,Không
        """);
    // B1 commended, B2 2/12 low, B3 0/4 not deployed, B4 5/10 middle.
    ProcessInstance review = review(importApp(fixture, "2026-03-10T17:00", new int[][] {{3, 3}, {12, 2}, {4, 0}, {10, 5}}));
    assertThat(review).variables().containsEntry(UsageReview.VAR_TO_REMEDIATE, 2);

    tasks.complete(task(review).getId(), withVariables(UsageReview.VAR_REMEDIATE, true));

    assertThat(review).hasPassed(UsageReview.TASK_DRAFT_REMEDIATION, UsageReview.TASK_PROPOSE_SUPPORT,
        UsageReview.END_REMEDIATION_DRAFTED).isEnded();
    assertThat(historicVariable(review, UsageReview.VAR_SUPPORT_PAIRS)).isEqualTo(11);
    var commune = organizations.find("UD-X").orElseThrow();
    List<SupportPair> pairs = pairs(commune, null).pairs();
    assertThat(pairs).extracting(p -> p.memberKey() + ">" + (p.helperMemberKey() == null ? p.helperName() : p.helperMemberKey()))
        .containsExactlyInAnyOrder("UD-B2DV2>UD-B2DV0", "UD-B2DV3>UD-B2DV1", "UD-B2DV4>UD-B2DV0", "UD-B2DV5>UD-B2DV1",
            "UD-B2DV6>UD-B2DV0", "UD-B2DV7>UD-B2DV1", "UD-B2DV8>Đoàn Thanh niên", "UD-B2DV9>Đoàn Thanh niên",
            "UD-B2DV11>Đoàn Thanh niên", "UD-B3DV0>Đoàn Thanh niên", "UD-B3DV1>Đoàn Thanh niên");
    assertThat(pairs).allSatisfy(p -> {
      assertThat(p.outcome()).isEqualTo(SupportOutcome.PENDING);
      assertThat(p.assignedBy()).isEqualTo(fixture.staff);
    });
    SupportPair elderly = pairs.stream().filter(p -> p.memberKey().equals("UD-B3DV0")).findFirst().orElseThrow();
    assertThat(elderly.needs()).isEqualTo("Cao tuổi");
    assertThat(elderly.helperKind()).isEqualTo(HelperKind.YOUTH_UNION);

    // Ten days later UD-B2DV2 has accessed: his pair is closed by the import, B2 is at 3/12 = 25%, still low.
    clockAt("2026-03-21T09:00:00");
    Snapshot later = importApp(fixture, "2026-03-20T08:00", new int[][] {{3, 3}, {12, 2}, {4, 0}, {10, 5}}, "UD-B2DV2");
    SupportPair confirmed = pairs(commune, SupportOutcome.LOGGED_IN).pairs().get(0);
    assertThat(confirmed.memberKey()).isEqualTo("UD-B2DV2");
    assertThat(confirmed.confirmedBySnapshotId()).isEqualTo(later.id());
    assertThat(confirmed.outcomeBy()).isEqualTo(fixture.staff);
    ProcessInstance second = review(later);
    assertThat(second).variables().containsEntry(UsageReview.VAR_TO_REMEDIATE, 2);

    tasks.complete(task(second).getId(), withVariables(UsageReview.VAR_REMEDIATE, true));

    assertThat(second).hasPassed(UsageReview.TASK_PROPOSE_SUPPORT).isEnded();
    assertThat(historicVariable(second, UsageReview.VAR_SUPPORT_PAIRS)).as("nobody paired twice").isEqualTo(0);
    assertThat(pairs(commune, null).counts()).isEqualTo(new UsageSupport.Counts(11, 10, 1, 0));
  }

  @Test
  void theLowAndNotDeployedBranchesGetADraftRemediationDirective() throws java.io.IOException {
    clockAt("2026-03-12T09:00:00");
    DirectiveFixture fixture = DirectiveFixture.commune("UA", 3, organizationImporter, identity, directives, tasks);
    // B1 10/10 accessed (commended), B2 2/10 (low), B3 0/5 (not deployed).
    Snapshot snapshot = importApp(fixture, new int[][] {{10, 10}, {10, 2}, {5, 0}});
    ProcessInstance review = review(snapshot);
    assertThat(review).isWaitingAt(UsageReview.TASK_REVIEW).variables().containsEntry(UsageReview.VAR_TO_REMEDIATE, 2);
    assertThat(review.getTenantId()).isEqualTo("UA-X");
    Task task = task(review);
    assertThat(task).hasCandidateGroup("xdd:UA-X");
    try (var form = engine.getFormService().getDeployedTaskForm(task.getId())) {
      assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8)).contains("\"id\": \"usage-review\"",
          "Giao khắc phục cho các tổ chức tỷ lệ thấp và chưa triển khai");
    }

    tasks.complete(task.getId(), withVariables(UsageReview.VAR_REMEDIATE, true, UsageReview.VAR_NOTE, "Hoàn thành trong tháng 3"));

    assertThat(review).hasPassed(UsageReview.TASK_DRAFT_REMEDIATION, UsageReview.TASK_PROPOSE_SUPPORT,
        UsageReview.END_REMEDIATION_DRAFTED).isEnded();
    // Without a member database there is nobody known to be elderly or without a smartphone.
    assertThat(historicVariable(review, UsageReview.VAR_SUPPORT_PAIRS)).isEqualTo(0);
    assertThat(pairs(organizations.find("UA-X").orElseThrow(), null).pairs()).isEmpty();
    long directiveId = ((Number) engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(review.getId()).variableName(UsageReview.VAR_DIRECTIVE_ID).singleResult().getValue()).longValue();
    Directive directive = directiveRepository.find(directiveId).orElseThrow();
    assertThat(directive.status()).isEqualTo(DirectiveStatus.DRAFT);
    assertThat(directive.issuerCode()).isEqualTo("UA-X");
    assertThat(directive.subject()).isEqualTo(UsageRemediation.SUBJECT);
    assertThat(directive.completeBy()).isEqualTo(LocalDate.of(2026, 3, 26));
    assertThat(directive.recipients()).containsExactly(new Directive.Recipient("UA-B2", false),
        new Directive.Recipient("UA-B3", false));
    assertThat(directive.body()).contains("- Chi bộ bản 2 20%\n", "- Chi bộ bản 3 0%\n", "Hoàn thành trong tháng 3")
        .doesNotContain("Chi bộ bản 1");
    ProcessInstance issuance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey("CV-" + directiveId).singleResult();
    assertThat(issuance).isWaitingAt(DirectiveIssuance.TASK_DRAFT);
    assertThat(issuance.getTenantId()).isEqualTo("UA-X");
  }

  @Test
  void remediationWithNobodyInTheLowBandsDraftsNothing() {
    clockAt("2026-03-12T09:00:00");
    DirectiveFixture fixture = DirectiveFixture.commune("UB", 2, organizationImporter, identity, directives, tasks);
    Snapshot snapshot = importApp(fixture, new int[][] {{10, 10}, {4, 3}});
    ProcessInstance review = review(snapshot);
    assertThat(review).variables().containsEntry(UsageReview.VAR_TO_REMEDIATE, 0);
    long before = directivesOf("UB-X");

    tasks.complete(task(review).getId(), withVariables(UsageReview.VAR_REMEDIATE, true));

    assertThat(review).hasPassed(UsageReview.END_NO_REMEDIATION).hasNotPassed(UsageReview.TASK_DRAFT_REMEDIATION,
        UsageReview.TASK_PROPOSE_SUPPORT).isEnded();
    assertThat(directivesOf("UB-X")).isEqualTo(before).isZero();
  }

  @Test
  void withoutRemediationNoDirectiveIsDrafted() {
    clockAt("2026-03-12T09:00:00");
    DirectiveFixture fixture = DirectiveFixture.commune("UC", 2, organizationImporter, identity, directives, tasks);
    Snapshot snapshot = importApp(fixture, new int[][] {{10, 1}, {5, 0}});
    ProcessInstance review = review(snapshot);
    assertThat(review).variables().containsEntry(UsageReview.VAR_TO_REMEDIATE, 2);

    tasks.complete(task(review).getId(), withVariables(UsageReview.VAR_REMEDIATE, false));

    assertThat(review).hasPassed(UsageReview.END_NO_REMEDIATION).hasNotPassed(UsageReview.TASK_DRAFT_REMEDIATION,
        UsageReview.TASK_PROPOSE_SUPPORT).isEnded();
    assertThat(directivesOf("UC-X")).isZero();
  }

  private Snapshot importApp(DirectiveFixture fixture, int[][] branches) {
    return importApp(fixture, "2026-03-10T17:00", branches);
  }

  /**
   * Per branch: {members, of whom accessed}, keys {branch}DV0…, the first ones accessed; none
   * exempt. {@code accessedSince}: members who accessed on 15/03/2026 besides.
   */
  private Snapshot importApp(DirectiveFixture fixture, String asOf, int[][] branches, String... accessedSince) {
    StringBuilder app = new StringBuilder("Mã đảng viên,Mã tổ chức,Đã kích hoạt,Truy cập lần cuối,Số lần truy cập,Miễn sinh hoạt\n");
    for (int b = 0; b < branches.length; b++) {
      for (int m = 0; m < branches[b][0]; m++) {
        String key = fixture.branch(b + 1) + "DV" + m;
        app.append(key).append(',').append(fixture.branch(b + 1)).append(",Có,")
            .append(m < branches[b][1] ? "09/03/2026 08:00,4" : List.of(accessedSince).contains(key) ? "15/03/2026 09:00,1" : ",0")
            .append(",Không\n");
      }
    }
    return usageImporter.importFile(SnapshotKind.APP_MEMBERS, organizations.find(fixture.commune).orElseThrow(),
        LocalDateTime.parse(asOf), "Sổ tay đảng viên điện tử", "tep.csv",
        app.toString().getBytes(StandardCharsets.UTF_8), fixture.staff);
  }

  /** Rows of key, branch, birth year, has a smartphone; all in activity; as of an hour before the app's figures. */
  private void importDatabase(DirectiveFixture fixture, String rows) {
    usageImporter.importFile(SnapshotKind.MEMBER_DATABASE, organizations.find(fixture.commune).orElseThrow(),
        LocalDateTime.parse("2026-03-10T16:00"), "CSDL đảng viên", "csdl.csv",
        ("Mã đảng viên,Mã tổ chức,Năm sinh,Có điện thoại thông minh,Trạng thái\n"
            + rows.lines().map(row -> row + ",Đang sinh hoạt\n").collect(java.util.stream.Collectors.joining()))
            .getBytes(StandardCharsets.UTF_8), fixture.staff);
  }

  private Object historicVariable(ProcessInstance instance, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName(name).singleResult().getValue();
  }

  private ProcessInstance review(Snapshot snapshot) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(UsageReview.KEY)
        .processInstanceBusinessKey(UsageReview.businessKey(snapshot.id())).singleResult();
  }

  private Task task(ProcessInstance instance) {
    return task(instance, UsageReview.TASK_REVIEW);
  }

  private long directivesOf(String issuer) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(DirectiveIssuance.KEY)
        .variableValueEquals("organizationCode", issuer).count();
  }

  /** The first page, as large as pages go: every pair of these small trees. */
  private UsageSupport.PairList pairs(Organization root, SupportOutcome outcome) {
    return support.list(root, outcome, 0, UsageSupportController.MAX_PAGE_SIZE);
  }
}
