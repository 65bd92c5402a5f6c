package vn.dondoc.supervision.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dondoc.directive.DirectiveService;
import vn.dondoc.organization.Organization;
import vn.dondoc.organization.OrganizationImporter;
import vn.dondoc.organization.OrganizationRepository;
import vn.dondoc.platform.time.TimeConfiguration;
import vn.dondoc.supervision.ConclusionOutcome;
import vn.dondoc.supervision.Period;
import vn.dondoc.supervision.Supervision;
import vn.dondoc.supervision.SupervisionService;
import vn.dondoc.supervision.SupervisionStatus;
import vn.dondoc.testsupport.DirectiveFixture;
import vn.dondoc.testsupport.RequestedInspection;
import vn.dondoc.testsupport.SpringProcessTest;

/**
 * One test per path of {@code supervision.bpmn}: regular, thematic approved, thematic returned,
 * findings raising an inspection, the reminder of findings not recorded and the monthly timer start.
 */
class SupervisionProcessTest extends SpringProcessTest {

  @Autowired OrganizationImporter organizationImporter;
  @Autowired OrganizationRepository organizations;
  @Autowired IdentityService identity;
  @Autowired DirectiveService directives;
  @Autowired TaskService tasks;
  @Autowired SupervisionService supervisions;
  @Autowired JdbcTemplate jdbc;

  @Test
  void aRegularSupervisionReviewsAttendsNotesAndConcludes() {
    clockAt("2026-03-02T09:00:00");
    DirectiveFixture fixture = commune("SA");
    Supervision supervision = supervisions.startRegular(organization(fixture.commune), Period.parse("2026-03", "period"),
        fixture.inspection);
    ProcessInstance instance = instance(supervision);
    assertThat(instance).isWaitingAt(SupervisionFlow.TASK_REVIEW_DASHBOARDS, SupervisionFlow.TASK_ATTEND_MEETING);
    assertThat(instance.getTenantId()).isEqualTo("SA-X");
    assertThat(instance.getBusinessKey()).isEqualTo("GS-" + supervision.id());
    assertThat(task(instance, SupervisionFlow.TASK_REVIEW_DASHBOARDS)).hasCandidateGroup("ubkt:SA-X");
    assertThat(form(task(instance, SupervisionFlow.TASK_ATTEND_MEETING))).contains("\"id\": \"supervision-meeting\"",
        "Mã chi bộ đã dự sinh hoạt");
    assertThat(supervision.subject()).isEqualTo("Giám sát thường xuyên Tháng 3/2026");
    assertThat(supervision.dueOn()).hasToString("2026-03-31");

    // Refused input leaves the task open and nothing recorded: the record step runs in the completing transaction.
    assertThatThrownBy(() -> complete(instance, SupervisionFlow.TASK_REVIEW_DASHBOARDS, Map.of(SupervisionFlow.VAR_DASHBOARD_NOTES,
        " "))).isInstanceOf(FormFieldValidationException.class).hasMessage("Thiếu nội dung ghi nhận");
    assertThatThrownBy(() -> complete(instance, SupervisionFlow.TASK_ATTEND_MEETING, Map.of(
        SupervisionFlow.VAR_MEETING_ORGANIZATION, "SX-B1", SupervisionFlow.VAR_MEETING_NOTES, "Dự họp")))
        .isInstanceOf(FormFieldValidationException.class).hasMessage("Tổ chức \"SX-B1\" không thuộc Đảng ủy xã SA");
    assertThat(instance).isWaitingAt(SupervisionFlow.TASK_REVIEW_DASHBOARDS, SupervisionFlow.TASK_ATTEND_MEETING);
    assertThat(supervisions.get(supervision.id()).findings()).isEmpty();

    complete(instance, SupervisionFlow.TASK_REVIEW_DASHBOARDS, Map.of(SupervisionFlow.VAR_DASHBOARD_NOTES,
        "Chi bộ bản 2 tỷ lệ truy cập thấp"));
    assertThat(instance).hasPassed(SupervisionFlow.TASK_RECORD_DASHBOARDS);
    complete(instance, SupervisionFlow.TASK_ATTEND_MEETING, Map.of(SupervisionFlow.VAR_MEETING_ORGANIZATION, "SA-B1",
        SupervisionFlow.VAR_MEETING_NOTES, "Sinh hoạt đúng kỳ, 12/14 đảng viên có mặt, điểm danh trên ứng dụng"));
    assertThat(instance).isWaitingAt(SupervisionFlow.TASK_RECORD_FINDINGS);
    complete(instance, SupervisionFlow.TASK_RECORD_FINDINGS, Map.of(SupervisionFlow.VAR_FINDINGS,
        "Cần đôn đốc chi bộ bản 2 kích hoạt tài khoản"));
    complete(instance, SupervisionFlow.TASK_CONCLUDE, Map.of(SupervisionFlow.VAR_OUTCOME, "SHORTCOMINGS",
        SupervisionFlow.VAR_CONCLUSION, "Có hạn chế trong sử dụng ứng dụng", SupervisionFlow.VAR_RAISE_INSPECTION, false));

    assertThat(instance).hasPassed(SupervisionFlow.TASK_RECORD_DASHBOARDS, SupervisionFlow.TASK_RECORD_MEETING,
        SupervisionFlow.TASK_STORE_FINDINGS, SupervisionFlow.TASK_STORE_CONCLUSION, SupervisionFlow.END_CONCLUDED)
        .hasNotPassed(SupervisionFlow.TASK_PLAN, SupervisionFlow.TASK_REQUEST_INSPECTION).isEnded();
    Supervision concluded = supervisions.get(supervision.id());
    assertThat(concluded.status()).isEqualTo(SupervisionStatus.CONCLUDED);
    assertThat(concluded.outcome()).isEqualTo(ConclusionOutcome.SHORTCOMINGS);
    assertThat(concluded.findings()).extracting(Supervision.Finding::activity, Supervision.Finding::organizationCode)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(Supervision.Activity.DASHBOARD, "SA-X"),
            org.assertj.core.groups.Tuple.tuple(Supervision.Activity.MEETING, "SA-B1"),
            org.assertj.core.groups.Tuple.tuple(Supervision.Activity.FINDING, "SA-X"));
    assertThat(conclusions("SA-X")).containsExactly(Map.of("KIND", "SUPERVISION", "OUTCOME", "SHORTCOMINGS",
        "REFERENCE", "GS-" + supervision.id(), "CONCLUDED_ON", java.sql.Date.valueOf("2026-03-02")));
  }

  @Test
  void aThematicPlanApprovedIsCarriedOutAndConcluded() {
    clockAt("2026-03-02T09:00:00");
    DirectiveFixture fixture = commune("SB");
    ProcessInstance instance = thematic(fixture, 1);
    assertThat(instance).isWaitingAt(SupervisionFlow.TASK_PLAN);
    assertThat(task(instance, SupervisionFlow.TASK_PLAN)).hasCandidateGroup("ubkt:SB-X");

    plan(instance, "2026-03-25");
    assertThat(supervision(instance).status()).isEqualTo(SupervisionStatus.AWAITING_APPROVAL);
    assertThat(task(instance, SupervisionFlow.TASK_APPROVE_PLAN)).hasCandidateGroup("tt:SB-X");
    assertThat(form(task(instance, SupervisionFlow.TASK_APPROVE_PLAN))).contains("\"id\": \"supervision-approval\"",
        "Phê duyệt kế hoạch (bỏ chọn để trả lại)");
    complete(instance, SupervisionFlow.TASK_APPROVE_PLAN, Map.of(SupervisionFlow.VAR_APPROVED, true));
    assertThat(supervision(instance).status()).isEqualTo(SupervisionStatus.IN_PROGRESS);
    assertThatThrownBy(() -> complete(instance, SupervisionFlow.TASK_RECORD_FINDINGS, Map.of(SupervisionFlow.VAR_FINDINGS, "")))
        .isInstanceOf(FormFieldValidationException.class).hasMessage("Thiếu nội dung ghi nhận");
    assertThat(instance).isWaitingAt(SupervisionFlow.TASK_RECORD_FINDINGS).hasNotPassed(SupervisionFlow.TASK_STORE_FINDINGS);
    complete(instance, SupervisionFlow.TASK_RECORD_FINDINGS, Map.of(SupervisionFlow.VAR_FINDINGS, "Thực hiện tốt"));
    complete(instance, SupervisionFlow.TASK_CONCLUDE, Map.of(SupervisionFlow.VAR_OUTCOME, "MEETS",
        SupervisionFlow.VAR_CONCLUSION, "Đạt yêu cầu", SupervisionFlow.VAR_RAISE_INSPECTION, false));

    assertThat(instance).hasPassed(SupervisionFlow.TASK_RECORD_PLAN, SupervisionFlow.TASK_APPROVE_PLAN,
        SupervisionFlow.TASK_RECORD_PLAN_DECISION, SupervisionFlow.TASK_STORE_FINDINGS, SupervisionFlow.END_CONCLUDED)
        .hasNotPassed(SupervisionFlow.TASK_REVIEW_DASHBOARDS).isEnded();
    Supervision concluded = supervision(instance);
    assertThat(concluded.plan()).isEqualTo("Kế hoạch giám sát chuyên đề");
    assertThat(concluded.dueOn()).hasToString("2026-03-25");
    assertThat(conclusions("SB-B1")).extracting(row -> row.get("OUTCOME")).containsExactly("MEETS");
  }

  @Test
  void aReturnedPlanGoesBackToTheCommitteeWithTheReason() {
    clockAt("2026-03-02T09:00:00");
    DirectiveFixture fixture = commune("SC");
    ProcessInstance instance = thematic(fixture, 2);
    plan(instance, "2026-03-25");
    Task approval = task(instance, SupervisionFlow.TASK_APPROVE_PLAN);

    assertThatThrownBy(() -> tasks.complete(approval.getId(), withVariables(SupervisionFlow.VAR_APPROVED, false)))
        .isInstanceOf(FormFieldValidationException.class).hasMessage("Trả lại kế hoạch cần ghi lý do")
        .hasFieldOrPropertyWithValue("detail", SupervisionFlow.VAR_RETURN_COMMENT);
    assertThat(instance).isWaitingAt(SupervisionFlow.TASK_APPROVE_PLAN).hasNotPassed(SupervisionFlow.TASK_RECORD_PLAN_DECISION);
    assertThat(supervision(instance).status()).isEqualTo(SupervisionStatus.AWAITING_APPROVAL);

    tasks.complete(approval.getId(), withVariables(SupervisionFlow.VAR_APPROVED, false,
        SupervisionFlow.VAR_RETURN_COMMENT, "Bổ sung thành phần đoàn"));
    assertThat(instance).isWaitingAt(SupervisionFlow.TASK_PLAN).hasNotPassed(SupervisionFlow.TASK_RECORD_FINDINGS);
    Supervision returned = supervision(instance);
    assertThat(returned.status()).isEqualTo(SupervisionStatus.PLANNING);
    assertThat(returned.returnComment()).isEqualTo("Bổ sung thành phần đoàn");

    assertThatThrownBy(() -> plan(instance, "2026-03-01")).isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Ngày hoàn thành giám sát đã qua");
    assertThatThrownBy(() -> plan(instance, "30/3/2026")).isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Ngày hoàn thành \"30/3/2026\" không hợp lệ: ghi 2026-04-30");
    assertThat(instance).isWaitingAt(SupervisionFlow.TASK_PLAN);
    plan(instance, "2026-03-28");
    complete(instance, SupervisionFlow.TASK_APPROVE_PLAN, Map.of(SupervisionFlow.VAR_APPROVED, true));
    assertThat(instance).isWaitingAt(SupervisionFlow.TASK_RECORD_FINDINGS);
    assertThat(supervision(instance).dueOn()).hasToString("2026-03-28");
  }

  @Test
  void findingsRaiseAnInspectionOfTheBranch() {
    clockAt("2026-03-02T09:00:00");
    DirectiveFixture fixture = commune("SD");
    Supervision supervision = supervisions.startRegular(organization(fixture.commune), Period.parse("2026-03", "period"),
        fixture.inspection);
    ProcessInstance instance = instance(supervision);
    complete(instance, SupervisionFlow.TASK_REVIEW_DASHBOARDS, Map.of(SupervisionFlow.VAR_DASHBOARD_NOTES, "Bản 2: 0%"));
    complete(instance, SupervisionFlow.TASK_ATTEND_MEETING, Map.of(SupervisionFlow.VAR_MEETING_ORGANIZATION, "SD-B2",
        SupervisionFlow.VAR_MEETING_NOTES, "Không sinh hoạt tháng 2"));
    complete(instance, SupervisionFlow.TASK_RECORD_FINDINGS, Map.of(SupervisionFlow.VAR_FINDING_ORGANIZATION, "SD-B2",
        SupervisionFlow.VAR_FINDINGS, "Chi bộ bản 2 bỏ sinh hoạt, không báo cáo"));
    Task conclude = task(instance, SupervisionFlow.TASK_CONCLUDE);

    // An organisation outside the supervised one: refused, and the conclusion is not kept either.
    assertThatThrownBy(() -> tasks.complete(conclude.getId(), withVariables(SupervisionFlow.VAR_OUTCOME, "VIOLATION",
        SupervisionFlow.VAR_CONCLUSION, "Có vi phạm", SupervisionFlow.VAR_RAISE_INSPECTION, true,
        SupervisionFlow.VAR_INSPECT_ORGANIZATION, "SA-B1"))).isInstanceOf(FormFieldValidationException.class)
        .hasMessage("Tổ chức đề nghị kiểm tra \"SA-B1\" không thuộc Đảng ủy xã SD");
    assertThat(conclusions("SD-X")).isEmpty();
    assertThat(instance).isWaitingAt(SupervisionFlow.TASK_CONCLUDE);

    tasks.complete(conclude.getId(), withVariables(SupervisionFlow.VAR_OUTCOME, "VIOLATION",
        SupervisionFlow.VAR_CONCLUSION, "Có vi phạm", SupervisionFlow.VAR_RAISE_INSPECTION, true,
        SupervisionFlow.VAR_INSPECT_ORGANIZATION, "SD-B2"));

    assertThat(instance).hasPassed(SupervisionFlow.TASK_REQUEST_INSPECTION, SupervisionFlow.END_INSPECTION_REQUESTED)
        .isEnded();
    assertThat(RequestedInspection.of(jdbc, engine, "GS-" + supervision.id())).containsExactly(new RequestedInspection(
        "SD-B2", "SUPERVISION", "GS-" + supervision.id(), SupervisionService.SYSTEM_USER, "inspection"));
    assertThat(conclusions("SD-X")).extracting(row -> row.get("OUTCOME")).containsExactly("VIOLATION");
  }

  @Test
  void membersAreRemindedOnTheDueDayWhileFindingsAreMissing() {
    clockAt("2026-03-02T09:00:00");
    DirectiveFixture fixture = commune("SE");
    ProcessInstance instance = thematic(fixture, 1);
    plan(instance, "2026-03-20");
    complete(instance, SupervisionFlow.TASK_APPROVE_PLAN, Map.of(SupervisionFlow.VAR_APPROVED, true));
    Job timer = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .activityId(SupervisionFlow.TIMER_FINDINGS_DUE).singleResult();
    assertThat(timer.getDuedate()).isEqualTo(Date.from(ZonedDateTime.of(2026, 3, 20, 8, 0, 0, 0, TimeConfiguration.VIETNAM).toInstant()));
    assertThat(notifications(fixture.inspection)).isZero();

    clockAt("2026-03-20T08:00:01");
    engine.getManagementService().executeJob(timer.getId());

    assertThat(instance).hasPassed(SupervisionFlow.TASK_REMIND_FINDINGS).isWaitingAt(SupervisionFlow.TASK_RECORD_FINDINGS);
    assertThat(notifications(fixture.inspection)).isEqualTo(1);
    assertThat(jdbc.queryForObject("SELECT subject FROM dd_notification WHERE user_id = ?", String.class, fixture.inspection))
        .isEqualTo("Đến hạn ghi nhận kết quả giám sát " + supervision(instance).reference() + ": Chi bộ bản 1");
  }

  @Test
  void theMonthlyTimerStartsARegularSupervisionOfEveryCommuneOnce() {
    DirectiveFixture fixture = commune("SF");
    Job timer = engine.getManagementService().createJobQuery().processDefinitionKey(SupervisionFlow.KEY).timers()
        .activityId(SupervisionFlow.TIMER_REGULAR_PERIOD).singleResult();
    assertThat(timer).as("hẹn giờ đầu tháng").isNotNull();
    Date due = timer.getDuedate();
    ClockUtil.setCurrentTime(new Date(due.getTime() + 1000));
    Period month = Period.monthOf(due.toInstant().atZone(TimeConfiguration.VIETNAM).toLocalDate());

    engine.getManagementService().executeJob(timer.getId());

    List<Supervision> started = supervisions.of("SF-X", true, List.of("camunda-admin"));
    assertThat(started).singleElement().satisfies(s -> {
      assertThat(s.period()).isEqualTo(month.code());
      assertThat(s.createdBy()).isEqualTo(SupervisionService.SYSTEM_USER);
      assertThat(s.organizationCode()).isEqualTo("SF-X");
    });
    assertThat(instance(started.get(0))).isWaitingAt(SupervisionFlow.TASK_REVIEW_DASHBOARDS, SupervisionFlow.TASK_ATTEND_MEETING);
    Job next = engine.getManagementService().createJobQuery().processDefinitionKey(SupervisionFlow.KEY).timers()
        .activityId(SupervisionFlow.TIMER_REGULAR_PERIOD).singleResult();
    assertThat(next.getDuedate()).isAfter(due);

    // The same month again (a second node, a restart): nothing new.
    supervisions.startRegularForAll(month.start());
    assertThat(supervisions.of("SF-X", false, List.of("camunda-admin"))).hasSize(1);
  }

  private DirectiveFixture commune(String prefix) {
    return DirectiveFixture.commune(prefix, 2, organizationImporter, identity, directives, tasks);
  }

  private Organization organization(String code) {
    return organizations.find(code).orElseThrow();
  }

  private ProcessInstance thematic(DirectiveFixture fixture, int branch) {
    Supervision supervision = supervisions.startThematic(organization(fixture.commune), organization(fixture.branch(branch)),
        Period.parse("2026-Q1", "period"), "Việc sử dụng ứng dụng Sổ tay đảng viên", fixture.inspection);
    return instance(supervision);
  }

  private void plan(ProcessInstance instance, String dueOn) {
    complete(instance, SupervisionFlow.TASK_PLAN, Map.of(SupervisionFlow.VAR_SUBJECT, "Việc sử dụng ứng dụng Sổ tay đảng viên",
        SupervisionFlow.VAR_PLAN, "Kế hoạch giám sát chuyên đề", SupervisionFlow.VAR_DUE_ON, dueOn));
  }

  private ProcessInstance instance(Supervision supervision) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(supervision.reference())
        .singleResult();
  }

  private Supervision supervision(ProcessInstance instance) {
    return supervisions.get(Long.parseLong(instance.getBusinessKey().substring(3)));
  }

  private String form(Task task) {
    try (var form = engine.getFormService().getDeployedTaskForm(task.getId())) {
      return new String(form.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void complete(ProcessInstance instance, String key, Map<String, Object> variables) {
    tasks.complete(task(instance, key).getId(), variables);
  }

  private List<Map<String, Object>> conclusions(String organizationCode) {
    return jdbc.queryForList("SELECT kind, outcome, reference, concluded_on FROM dd_inspection_conclusion"
        + " WHERE organization_code = ?", organizationCode);
  }

  private int notifications(String userId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM dd_notification WHERE user_id = ? AND template = 'supervision-reminder'",
        Integer.class, userId);
  }
}
