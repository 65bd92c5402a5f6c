package vn.dondoc.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import vn.dondoc.organization.OrganizationImporter;
import vn.dondoc.organization.OrganizationRepository;
import vn.dondoc.testsupport.DirectiveFixture;
import vn.dondoc.testsupport.SpringProcessTest;
import vn.dondoc.usage.process.UsageReview;

/**
 * One test per path of {@code usage-review}, through the real import: remediation drafted for the
 * low and not-deployed branches, remediation wanted but nobody to remediate, no remediation.
 */
class UsageReviewProcessTest extends SpringProcessTest {

  @Autowired OrganizationImporter organizationImporter;
  @Autowired OrganizationRepository organizations;
  @Autowired UsageImporter usageImporter;
  @Autowired IdentityService identity;
  @Autowired DirectiveService directives;
  @Autowired DirectiveRepository directiveRepository;
  @Autowired TaskService tasks;

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

    assertThat(review).hasPassed(UsageReview.TASK_DRAFT_REMEDIATION, UsageReview.END_REMEDIATION_DRAFTED).isEnded();
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

    assertThat(review).hasPassed(UsageReview.END_NO_REMEDIATION).hasNotPassed(UsageReview.TASK_DRAFT_REMEDIATION).isEnded();
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

    assertThat(review).hasPassed(UsageReview.END_NO_REMEDIATION).hasNotPassed(UsageReview.TASK_DRAFT_REMEDIATION).isEnded();
    assertThat(directivesOf("UC-X")).isZero();
  }

  /** Per branch: {members, of whom accessed}; none exempt. */
  private Snapshot importApp(DirectiveFixture fixture, int[][] branches) {
    StringBuilder app = new StringBuilder("Mã đảng viên,Mã tổ chức,Đã kích hoạt,Truy cập lần cuối,Số lần truy cập,Miễn sinh hoạt\n");
    for (int b = 0; b < branches.length; b++) {
      for (int m = 0; m < branches[b][0]; m++) {
        app.append(fixture.branch(b + 1)).append("DV").append(m).append(',').append(fixture.branch(b + 1)).append(",Có,")
            .append(m < branches[b][1] ? "09/03/2026 08:00,4" : ",0").append(",Không\n");
      }
    }
    return usageImporter.importFile(SnapshotKind.APP_MEMBERS, organizations.find(fixture.commune).orElseThrow(),
        LocalDateTime.parse("2026-03-10T17:00"), "Sổ tay đảng viên điện tử", "tep.csv",
        app.toString().getBytes(StandardCharsets.UTF_8), fixture.staff);
  }

  private ProcessInstance review(Snapshot snapshot) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(UsageReview.KEY)
        .processInstanceBusinessKey(UsageReview.businessKey(snapshot.id())).singleResult();
  }

  private Task task(ProcessInstance instance) {
    return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(UsageReview.TASK_REVIEW)
        .singleResult();
  }

  private long directivesOf(String issuer) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(DirectiveIssuance.KEY)
        .variableValueEquals("organizationCode", issuer).count();
  }
}
