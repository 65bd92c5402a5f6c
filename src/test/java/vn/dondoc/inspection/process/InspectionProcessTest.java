package vn.dondoc.inspection.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dondoc.directive.DirectiveService;
import vn.dondoc.inspection.ActionStatus;
import vn.dondoc.inspection.Inspection;
import vn.dondoc.inspection.InspectionEvidence;
import vn.dondoc.inspection.InspectionService;
import vn.dondoc.inspection.InspectionStep;
import vn.dondoc.inspection.InspectionViews;
import vn.dondoc.inspection.RemediationAction;
import vn.dondoc.inspection.Upload;
import vn.dondoc.organization.OrganizationImporter;
import vn.dondoc.organization.ScopeRole;
import vn.dondoc.platform.time.TimeConfiguration;
import vn.dondoc.platform.web.Rejected;
import vn.dondoc.testsupport.DirectiveFixture;
import vn.dondoc.testsupport.EvidenceFiles;
import vn.dondoc.testsupport.SpringProcessTest;

/**
 * One test per path of {@code inspection}: each conclusion kind, a returned plan, an extended time
 * limit, an overdue self-report, overdue remediation, a rejected then re-verified action, the start
 * by message. The clock starts on 02/03/2026 at 09:00 in Vietnam; plans ask for the self-report by
 * 09/03/2026, so the decision that day puts the time limit's last day on 22/03/2026.
 */
class InspectionProcessTest extends SpringProcessTest {

  @Autowired OrganizationImporter importer;
  @Autowired IdentityService identity;
  @Autowired DirectiveService directives;
  @Autowired TaskService tasks;
  @Autowired InspectionService service;
  @Autowired InspectionEvidence evidence;
  @Autowired InspectionViews views;
  @Autowired JdbcTemplate jdbc;

  @Test
  void meetsWithoutFindingsOnlyWithTheExplicitStatementAndClosesWithoutRemediation() {
    Started s = open("KA");
    decide(s);
    selfReportAndVerify(s);

    assertThatThrownBy(() -> conclude(s, "MEETS", false)).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Chưa có kết quả kiểm tra nào");
    assertThatThrownBy(() -> conclude(s, "VIOLATION", true)).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("Kết luận \"Có vi phạm\" cần có ít nhất một kết quả kiểm tra");
    assertThat(s.instance).isWaitingAt(InspectionFlow.TASK_CONCLUDE);
    conclude(s, "MEETS", true);
    complete(s, InspectionFlow.TASK_APPROVE_CONCLUSION, InspectionFlow.VAR_CONCLUSION_DECISION, "approve");

    assertThat(s.instance).hasPassed(InspectionFlow.START_MANUAL, InspectionFlow.TASK_CLOSE, InspectionFlow.END_CLOSED)
        .hasNotPassed(InspectionFlow.TASK_REPORT_ACTION).isEnded();
    assertThat(service.find(s.id).step()).isEqualTo(InspectionStep.CLOSED);
    assertThat(jdbc.queryForMap("SELECT kind, outcome, concluded_on, reference FROM dd_inspection_conclusion"
        + " WHERE organization_code = 'KA-B1'")).containsEntry("KIND", "INSPECTION").containsEntry("OUTCOME", "MEETS")
        .containsEntry("REFERENCE", "KT-" + s.id).containsEntry("CONCLUDED_ON", java.sql.Date.valueOf("2026-03-02"));
    assertThat(remediations("KA-B1")).isZero();
  }

  @Test
  void shortcomingsNeedARequiredActionAReturnedConclusionComesBackAndVerificationCloses() {
    Started s = open("KB");
    decide(s);
    selfReportAndVerify(s);
    evidence.addFinding(s.id, "MINOR", "Chưa cập nhật sổ ghi biên bản sinh hoạt trên ứng dụng", List.of(), "kb.ubkt", ubkt(s));

    assertThatThrownBy(() -> conclude(s, "SHORTCOMINGS", false)).isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("cần ít nhất một yêu cầu khắc phục");
    service.addAction(s.id, "Cập nhật biên bản sinh hoạt chi bộ lên ứng dụng", LocalDate.of(2026, 3, 20), "kb.ubkt", ubkt(s));
    conclude(s, "SHORTCOMINGS", false);
    assertThatThrownBy(() -> complete(s, InspectionFlow.TASK_APPROVE_CONCLUSION, InspectionFlow.VAR_CONCLUSION_DECISION,
        "return")).isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Cần ghi ý kiến khi trả lại dự thảo kết luận");
    complete(s, InspectionFlow.TASK_APPROVE_CONCLUSION, Map.of(InspectionFlow.VAR_CONCLUSION_DECISION, "return",
        InspectionFlow.VAR_CONCLUSION_COMMENT, "Nêu rõ nguyên nhân"));
    assertThat(s.instance).isWaitingAt(InspectionFlow.TASK_CONCLUDE);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dd_inspection_conclusion WHERE organization_code = 'KB-B1'",
        Integer.class)).as("nothing for the evaluation before approval").isZero();
    conclude(s, "SHORTCOMINGS", false);
    complete(s, InspectionFlow.TASK_APPROVE_CONCLUSION, InspectionFlow.VAR_CONCLUSION_DECISION, "approve");

    assertThat(s.instance).isWaitingAt(InspectionFlow.TASK_REPORT_ACTION);
    assertThat(task(s, InspectionFlow.TASK_REPORT_ACTION)).hasCandidateGroup("org:KB-B1");
    assertThat(jdbc.queryForObject("SELECT outcome FROM dd_inspection_conclusion WHERE organization_code = 'KB-B1'",
        String.class)).isEqualTo("SHORTCOMINGS");
    assertThat(remediations("KB-B1")).isOne();
    assertThat(service.find(s.id).step()).isEqualTo(InspectionStep.REMEDIATION);

    clockAt("2026-03-05T10:00:00");
    complete(s, InspectionFlow.TASK_REPORT_ACTION, InspectionFlow.VAR_ACTION_REPORT, "Đã cập nhật đủ 12 biên bản");
    assertThat(task(s, InspectionFlow.TASK_VERIFY_ACTION)).hasCandidateUser("kb.ubkt");
    complete(s, InspectionFlow.TASK_VERIFY_ACTION, InspectionFlow.VAR_VERIFY_DECISION, "verify");

    assertThat(s.instance).hasPassed(InspectionFlow.TASK_CLOSE).isEnded();
    assertThat(jdbc.queryForObject("SELECT verified_on FROM dd_inspection_remediation WHERE organization_code = 'KB-B1'",
        java.sql.Date.class)).isEqualTo(java.sql.Date.valueOf("2026-03-05"));
  }

  @Test
  void violationWithEvidenceAndARejectedActionRedoneThenReverified() {
    Started s = open("KC");
    decide(s);
    selfReportAndVerify(s);
    evidence.addFinding(s.id, "SERIOUS", "Khai khống số đảng viên đã kích hoạt tài khoản",
        List.of(new Upload("bien-ban.pdf", EvidenceFiles.pdf())), "kc.ubkt", ubkt(s));
    service.addAction(s.id, "Rà soát, báo cáo lại số tài khoản", LocalDate.of(2026, 3, 20), "kc.ubkt", ubkt(s));
    service.addAction(s.id, "Kiểm điểm trách nhiệm", LocalDate.of(2026, 3, 25), "kc.ubkt", ubkt(s));
    conclude(s, "VIOLATION", false);
    complete(s, InspectionFlow.TASK_APPROVE_CONCLUSION, InspectionFlow.VAR_CONCLUSION_DECISION, "approve");

    List<RemediationAction> actions = actionsOf(s);
    assertThat(tasks.createTaskQuery().processInstanceId(s.instance.getId()).taskDefinitionKey(InspectionFlow.TASK_REPORT_ACTION)
        .list()).as("one task per required action").hasSize(2);
    Task first = actionTask(s, InspectionFlow.TASK_REPORT_ACTION, actions.get(0).id());
    tasks.complete(first.getId(), Map.of(InspectionFlow.VAR_ACTION_REPORT, "Đã rà soát lại"));
    Task verify = actionTask(s, InspectionFlow.TASK_VERIFY_ACTION, actions.get(0).id());
    assertThat(tasks.getVariable(verify.getId(), InspectionFlow.VAR_ACTION_REPORT)).isEqualTo("Đã rà soát lại");
    assertThatThrownBy(() -> tasks.complete(verify.getId(), Map.of(InspectionFlow.VAR_VERIFY_DECISION, "reject")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Cần ghi lý do");
    tasks.complete(verify.getId(), Map.of(InspectionFlow.VAR_VERIFY_DECISION, "reject",
        InspectionFlow.VAR_VERIFY_COMMENT, "Chưa có danh sách kèm theo"));

    Task redo = actionTask(s, InspectionFlow.TASK_REPORT_ACTION, actions.get(0).id());
    assertThat(tasks.getVariable(redo.getId(), InspectionFlow.VAR_VERIFY_COMMENT)).isEqualTo("Chưa có danh sách kèm theo");
    assertThat(tasks.getVariable(redo.getId(), InspectionFlow.VAR_ACTION_TEXT)).isEqualTo("Rà soát, báo cáo lại số tài khoản");
    assertThat(service.action(actions.get(0).id()).status()).isEqualTo(ActionStatus.REJECTED);
    tasks.complete(redo.getId(), Map.of(InspectionFlow.VAR_ACTION_REPORT, "Đã rà soát, kèm danh sách"));
    tasks.complete(actionTask(s, InspectionFlow.TASK_VERIFY_ACTION, actions.get(0).id()).getId(),
        Map.of(InspectionFlow.VAR_VERIFY_DECISION, "verify"));
    assertThat(s.instance).as("the second action is still open").isNotEnded();

    Task second = actionTask(s, InspectionFlow.TASK_REPORT_ACTION, actions.get(1).id());
    assertThat(tasks.getVariable(second.getId(), InspectionFlow.VAR_ACTION_REPORT)).as("its own variables").isNull();
    tasks.complete(second.getId(), Map.of(InspectionFlow.VAR_ACTION_REPORT, "Đã tổ chức kiểm điểm"));
    tasks.complete(actionTask(s, InspectionFlow.TASK_VERIFY_ACTION, actions.get(1).id()).getId(),
        Map.of(InspectionFlow.VAR_VERIFY_DECISION, "verify"));

    assertThat(s.instance).hasPassed(InspectionFlow.END_CLOSED).isEnded();
    assertThat(actionsOf(s)).extracting(a -> a.status() + ":" + a.rejections())
        .containsExactly("VERIFIED:1", "VERIFIED:0");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dd_inspection_remediation WHERE organization_code = 'KC-B1'"
        + " AND verified_on IS NOT NULL", Integer.class)).isEqualTo(2);
    assertThat(jdbc.queryForMap("SELECT organization_code, period, severity FROM dd_inspection_finding WHERE inspection_id = ?",
        s.id)).containsEntry("ORGANIZATION_CODE", "KC-B1").containsEntry("PERIOD", "2026-Q1").containsEntry("SEVERITY", "SERIOUS");
  }

  @Test
  void aReturnedPlanGoesBackWithTheCommentAndTheTimeLimitStartsOnlyWithTheDecision() {
    Started s = open("KD");
    assertThat(task(s, InspectionFlow.TASK_DRAFT_PLAN)).hasCandidateGroup("ubkt:KD-X");
    assertThatThrownBy(() -> complete(s, InspectionFlow.TASK_DRAFT_PLAN, plan("kd.ubkt, khong.co")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Không có người dùng: khong.co");
    Map<String, Object> pastDue = plan("kd.ubkt");
    pastDue.put(InspectionFlow.VAR_SELF_REPORT_DUE, "2026-03-01");
    assertThatThrownBy(() -> complete(s, InspectionFlow.TASK_DRAFT_PLAN, pastDue))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("Hạn nộp báo cáo tự kiểm tra phải sau hôm nay");
    complete(s, InspectionFlow.TASK_DRAFT_PLAN, plan("kd.ubkt"));
    assertThat(task(s, InspectionFlow.TASK_APPROVE_PLAN)).hasCandidateGroup("tt:KD-X");
    complete(s, InspectionFlow.TASK_APPROVE_PLAN, Map.of(InspectionFlow.VAR_PLAN_DECISION, "return",
        InspectionFlow.VAR_PLAN_COMMENT, "Bổ sung nội dung kiểm tra việc sinh hoạt trên ứng dụng"));

    assertThat(s.instance).isWaitingAt(InspectionFlow.TASK_DRAFT_PLAN);
    assertThat(tasks.getVariable(task(s, InspectionFlow.TASK_DRAFT_PLAN).getId(), InspectionFlow.VAR_PLAN_COMMENT))
        .isEqualTo("Bổ sung nội dung kiểm tra việc sinh hoạt trên ứng dụng");
    assertThat(service.find(s.id).decidedOn()).isNull();
    clockAt("2026-03-03T09:00:00");
    decide(s);
    Inspection decided = service.find(s.id);
    assertThat(decided.decidedOn()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(decided.timeLimit().orElseThrow().endsOn()).isEqualTo(LocalDate.of(2026, 3, 23));
    assertThat(decided.step()).isEqualTo(InspectionStep.CONDUCT);
    assertThat(task(s, InspectionFlow.TASK_SUBMIT_SELF_REPORT)).hasCandidateGroup("org:KD-B1");
    assertThat(notifications("kd.b1", "inspection-decided")).isOne();
  }

  @Test
  void theTimeLimitIsExtendedOnceByAThirdWithAReasonAndItsTimerMoves() {
    Started s = open("KE");
    decide(s);
    assertThat(timeLimitDue(s)).isEqualTo(midnightAfter(LocalDate.of(2026, 3, 22)));
    Set<String> standing = Set.of(ScopeRole.STANDING.groupId("KE-X"));
    assertThatThrownBy(() -> service.extend(s.id, " ", "ke.tt", standing)).isInstanceOf(Rejected.class)
        .hasMessageContaining("Cần ghi lý do gia hạn");
    assertThatThrownBy(() -> service.extend(s.id, "Lý do", "ke.b1", Set.of("org:KE-B1")))
        .isInstanceOf(vn.dondoc.platform.web.Forbidden.class);

    Inspection extended = service.extend(s.id, "Tổ chức đề nghị bổ sung tài liệu", "ke.tt", standing);

    assertThat(extended.extensionDays()).isEqualTo(6);
    assertThat(extended.timeLimit().orElseThrow().endsOn()).isEqualTo(LocalDate.of(2026, 3, 28));
    assertThat(timeLimitDue(s)).isEqualTo(midnightAfter(LocalDate.of(2026, 3, 28)));
    assertThatThrownBy(() -> service.extend(s.id, "Lần nữa", "ke.tt", standing)).isInstanceOf(Rejected.class)
        .hasMessageContaining("đã được gia hạn một lần");

    clockAt("2026-03-23T00:00:01");
    runDueJobs();
    assertThat(notifications("ke.ubkt", "inspection-time-limit")).as("the old last day no longer counts").isZero();
    assertThat(views.detail(s.id, "ke.ubkt", ubkt(s)).summary().timeLimitText()).isEqualTo("còn 5 ngày");
    clockAt("2026-03-29T00:00:01");
    runDueJobs();
    assertThat(notifications("ke.ubkt", "inspection-time-limit")).isOne();
    assertThat(notifications("ke.tt", "inspection-time-limit")).isOne();
    assertThat(s.instance).hasPassed(InspectionFlow.TASK_TIME_LIMIT_PASSED);
    assertThat(views.detail(s.id, "ke.ubkt", ubkt(s)).summary()).satisfies(summary -> {
      assertThat(summary.timeLimitOverdue()).isTrue();
      assertThat(summary.timeLimitText()).isEqualTo("quá hạn 1 ngày");
    });
    assertThat(s.instance).as("the work goes on after the limit").isWaitingAt(InspectionFlow.TASK_SUBMIT_SELF_REPORT);
  }

  @Test
  void anOverdueSelfReportIsRemindedBeforeAndAfterAndEscalated() {
    Started s = open("KF");
    decide(s);
    clockAt("2026-03-06T07:59:00");
    runDueJobs();
    assertThat(notifications("kf.b1", "inspection-reminder")).isZero();
    clockAt("2026-03-06T08:00:01");
    runDueJobs();
    assertThat(notifications("kf.b1", "inspection-reminder")).isOne();
    assertThat(subject("kf.b1", "inspection-reminder")).contains("còn 3 ngày");
    clockAt("2026-03-08T08:00:01");
    runDueJobs();
    assertThat(notifications("kf.b1", "inspection-reminder")).isEqualTo(2);
    assertThat(s.instance).hasPassed(InspectionFlow.TASK_SELF_REPORT_REMINDER).hasNotPassed(InspectionFlow.TASK_SELF_REPORT_OVERDUE);

    clockAt("2026-03-10T00:00:01");
    runDueJobs();
    assertThat(service.find(s.id).selfReportOverdueSince()).isNotNull();
    assertThat(s.instance).hasPassed(InspectionFlow.TASK_SELF_REPORT_OVERDUE);
    assertThat(notifications("kf.ubkt", "inspection-escalated")).isOne();
    assertThat(notifications("kf.tt", "inspection-escalated")).isOne();
    clockAt("2026-03-11T08:00:01");
    runDueJobs();
    assertThat(notifications("kf.b1", "inspection-reminder")).isEqualTo(3);
    assertThat(s.instance).isWaitingAt(InspectionFlow.TASK_SUBMIT_SELF_REPORT);

    assertThatThrownBy(() -> complete(s, InspectionFlow.TASK_SUBMIT_SELF_REPORT, InspectionFlow.VAR_SELF_REPORT, "x".repeat(8001)))
        .isInstanceOf(FormFieldValidationException.class).hasMessage("Dài quá 8000 ký tự");
    complete(s, InspectionFlow.TASK_SUBMIT_SELF_REPORT, InspectionFlow.VAR_SELF_REPORT, "Báo cáo tự kiểm tra (muộn)");
    clockAt("2026-03-12T08:00:01");
    runDueJobs();
    assertThat(notifications("kf.b1", "inspection-reminder")).as("reminders stop with the report").isEqualTo(3);
    assertThat(s.instance).isWaitingAt(InspectionFlow.TASK_VERIFY);
  }

  @Test
  void overdueRemediationIsMarkedEscalatedAndListed() {
    Started s = open("KG");
    decide(s);
    selfReportAndVerify(s);
    evidence.addFinding(s.id, "MINOR", "Sổ sách chưa đầy đủ", List.of(), "kg.ubkt", ubkt(s));
    service.addAction(s.id, "Hoàn thiện sổ sách", LocalDate.of(2026, 3, 10), "kg.ubkt", ubkt(s));
    conclude(s, "SHORTCOMINGS", false);
    complete(s, InspectionFlow.TASK_APPROVE_CONCLUSION, InspectionFlow.VAR_CONCLUSION_DECISION, "approve");

    clockAt("2026-03-07T08:00:01");
    runDueJobs();
    clockAt("2026-03-09T08:00:01");
    runDueJobs();
    assertThat(notifications("kg.b1", "inspection-reminder")).isEqualTo(2);
    assertThat(subject("kg.b1", "inspection-reminder")).contains("khắc phục: Hoàn thiện sổ sách", "còn 3 ngày");
    clockAt("2026-03-11T00:00:01");
    runDueJobs();
    assertThat(s.instance).hasPassed(InspectionFlow.TASK_ACTION_REMINDER, InspectionFlow.TASK_ACTION_OVERDUE);
    RemediationAction late = actionsOf(s).get(0);
    assertThat(late.overdueSince()).isNotNull();
    assertThat(notifications("kg.tt", "inspection-escalated")).isOne();
    assertThat(views.of("KG-X", Set.of(ScopeRole.INSPECTION.groupId("KG-X"))).overdueActions())
        .singleElement().satisfies(a -> {
          assertThat(a.action()).isEqualTo("Hoàn thiện sổ sách");
          assertThat(a.daysOverdue()).isEqualTo(1);
        });
    assertThat(s.instance).isWaitingAt(InspectionFlow.TASK_REPORT_ACTION);
  }

  @Test
  void aSupervisionStartsAnInspectionByMessageAndItsFirstStepRegistersIt() {
    clockAt("2026-03-02T09:00:00");
    DirectiveFixture.commune("KH", 1, importer, identity, directives, tasks);
    ProcessInstance instance = engine.getRuntimeService().createMessageCorrelation(InspectionFlow.MESSAGE_REQUESTED)
        .setVariable("organizationCode", "KH-B1").setVariable("origin", "SUPERVISION")
        .setVariable("originRef", "GS-7").setVariable("requestedBy", "kh.ubkt")
        .correlateStartMessage();

    assertThat(instance).hasPassed(InspectionFlow.START_REQUESTED, InspectionFlow.TASK_REGISTER)
        .hasNotPassed(InspectionFlow.START_MANUAL).isWaitingAt(InspectionFlow.TASK_DRAFT_PLAN);
    assertThat(instance.getTenantId()).isEqualTo("KH-X");
    long id = ((Number) engine.getRuntimeService().getVariable(instance.getId(), InspectionFlow.VAR_INSPECTION_ID)).longValue();
    Inspection registered = service.find(id);
    assertThat(registered.origin()).hasToString("SUPERVISION");
    assertThat(registered.originRef()).isEqualTo("GS-7");
    assertThat(registered.requestedBy()).isEqualTo("kh.ubkt");
    assertThat(registered.processInstanceId()).isEqualTo(instance.getId());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("KT-" + id).count()).isOne();

    assertThatThrownBy(() -> engine.getRuntimeService().createMessageCorrelation(InspectionFlow.MESSAGE_REQUESTED)
        .setVariable("organizationCode", "KH-B1").setVariable("origin", "DOAN").setVariable("requestedBy", "kh.ubkt")
        .correlateStartMessage()).hasMessageContaining("Nguồn \"DOAN\" không hợp lệ");
  }

  // --- helpers ---------------------------------------------------------------------------------

  private record Started(long id, ProcessInstance instance) {
  }

  /** A commune {prefix}-X with one branch, and an inspection of that branch opened by its inspection committee. */
  private Started open(String prefix) {
    clockAt("2026-03-02T09:00:00");
    DirectiveFixture fixture = DirectiveFixture.commune(prefix, 1, importer, identity, directives, tasks);
    Inspection inspection = service.start(fixture.branch(1), null, fixture.inspection,
        Set.of(ScopeRole.INSPECTION.groupId(fixture.commune)));
    ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(inspection.processInstanceId()).singleResult();
    assertThat(instance.getTenantId()).isEqualTo(fixture.commune);
    return new Started(inspection.id(), instance);
  }

  private Map<String, Object> plan(String team) {
    Map<String, Object> plan = new HashMap<>();
    plan.put(InspectionFlow.VAR_PLAN_CONTENT, "Kiểm tra việc triển khai ứng dụng Sổ tay đảng viên điện tử, quý I/2026");
    plan.put(InspectionFlow.VAR_TEAM, team);
    plan.put(InspectionFlow.VAR_SELF_REPORT_DUE, "2026-03-09");
    return plan;
  }

  private void decide(Started s) {
    String prefix = s.instance.getTenantId().replace("-X", "").toLowerCase();
    complete(s, InspectionFlow.TASK_DRAFT_PLAN, plan(prefix + ".ubkt"));
    complete(s, InspectionFlow.TASK_APPROVE_PLAN, InspectionFlow.VAR_PLAN_DECISION, "approve");
  }

  private void selfReportAndVerify(Started s) {
    complete(s, InspectionFlow.TASK_SUBMIT_SELF_REPORT, InspectionFlow.VAR_SELF_REPORT, "Chi bộ đã triển khai, còn 3 đồng chí chưa cài");
    complete(s, InspectionFlow.TASK_VERIFY, InspectionFlow.VAR_VERIFICATION_NOTE, "Đã làm việc với chi bộ");
  }

  private void conclude(Started s, String outcome, boolean nothingFound) {
    complete(s, InspectionFlow.TASK_CONCLUDE, Map.of(InspectionFlow.VAR_TEAM_REPORT, "Báo cáo kết quả kiểm tra của đoàn",
        InspectionFlow.VAR_OUTCOME, outcome, InspectionFlow.VAR_NOTHING_FOUND, nothingFound));
  }

  private Set<String> ubkt(Started s) {
    return Set.of(ScopeRole.INSPECTION.groupId(s.instance.getTenantId()));
  }

  private void complete(Started s, String taskKey, String variable, Object value) {
    complete(s, taskKey, Map.of(variable, value));
  }

  private void complete(Started s, String taskKey, Map<String, Object> variables) {
    tasks.complete(task(s, taskKey).getId(), variables);
  }

  private Task task(Started s, String taskKey) {
    return task(s.instance, taskKey);
  }

  private Task actionTask(Started s, String taskKey, long actionId) {
    return tasks.createTaskQuery().processInstanceId(s.instance.getId()).taskDefinitionKey(taskKey).list().stream()
        .filter(t -> ((Number) tasks.getVariable(t.getId(), InspectionFlow.VAR_ACTION_ID)).longValue() == actionId)
        .findFirst().orElseThrow();
  }

  private List<RemediationAction> actionsOf(Started s) {
    return views.detail(s.id, "", ubkt(s)).actions();
  }

  private Date timeLimitDue(Started s) {
    return engine.getManagementService().createJobQuery().processInstanceId(s.instance.getId()).timers()
        .activityId(InspectionFlow.TIMER_TIME_LIMIT).singleResult().getDuedate();
  }

  private static Date midnightAfter(LocalDate day) {
    return Date.from(day.plusDays(1).atStartOfDay(TimeConfiguration.VIETNAM).toInstant());
  }

  private int remediations(String organizationCode) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM dd_inspection_remediation WHERE organization_code = ?", Integer.class,
        organizationCode);
  }

  private int notifications(String userId, String template) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM dd_notification WHERE user_id = ? AND template = ?", Integer.class,
        userId, template);
  }

  private String subject(String userId, String template) {
    return jdbc.queryForList("SELECT subject FROM dd_notification WHERE user_id = ? AND template = ? ORDER BY id",
        String.class, userId, template).get(0);
  }
}
