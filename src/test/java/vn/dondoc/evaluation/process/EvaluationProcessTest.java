package vn.dondoc.evaluation.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
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
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dondoc.directive.DirectiveService;
import vn.dondoc.evaluation.Criterion;
import vn.dondoc.evaluation.CriterionScore;
import vn.dondoc.evaluation.Evaluation;
import vn.dondoc.evaluation.EvaluationService;
import vn.dondoc.evaluation.EvaluationStatus;
import vn.dondoc.evaluation.EvaluationViews.EvaluationView;
import vn.dondoc.evaluation.EvaluationViews.RatingDetail;
import vn.dondoc.evaluation.EvaluationViews.RatingRow;
import vn.dondoc.evaluation.Period;
import vn.dondoc.evaluation.PeriodKind;
import vn.dondoc.evaluation.RatingBand;
import vn.dondoc.followup.FollowUp;
import vn.dondoc.followup.FollowUpRepository;
import vn.dondoc.organization.OrganizationImporter;
import vn.dondoc.organization.OrganizationRepository;
import vn.dondoc.platform.time.TimeConfiguration;
import vn.dondoc.platform.web.Rejected;
import vn.dondoc.testsupport.DirectiveFixture;
import vn.dondoc.testsupport.SpringProcessTest;
import vn.dondoc.usage.UsageImports;

/**
 * One test per path of {@code evaluation} (published; returned, changed and published) with its
 * batches and self-assessments, on a commune of three branches with usage imports, follow-ups and
 * inspection results of the first quarter of 2026; and a re-run of the same period.
 */
class EvaluationProcessTest extends SpringProcessTest {

  private static final Period Q1 = new Period(PeriodKind.QUARTER, 2026, 1);

  @Autowired OrganizationImporter organizationImporter;
  @Autowired OrganizationRepository organizations;
  @Autowired IdentityService identity;
  @Autowired DirectiveService directives;
  @Autowired FollowUpRepository followUps;
  @Autowired TaskService tasks;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationContext context;
  @Autowired EvaluationService evaluations;

  @Test
  void scoredSelfAssessedReviewedDecidedAndPublished() {
    DirectiveFixture fixture = quarter("EA");
    Evaluation evaluation = start(fixture);
    ProcessInstance instance = instance(evaluation);
    assertThat(instance).isWaitingAt(EvaluationSteps.TASK_PREPARE);

    runDueJobs();

    assertThat(instance).isWaitingAt(EvaluationSteps.TASK_REVIEW);
    assertThat(instance.getTenantId()).isEqualTo("EA-X");
    assertThat(task(instance, EvaluationSteps.TASK_REVIEW)).hasCandidateGroup("xdd:EA-X");
    EvaluationView view = evaluations.view(evaluation.id(), staff(fixture));
    assertThat(view.organizations()).isEqualTo(3);
    assertThat(view.scored()).isEqualTo(3);
    assertThat(row(view, fixture.branch(1)).dataPoints()).isEqualByComparingTo("55");
    // No meeting data: its 10 points move to the committee, whose part is 100 − 55.
    assertThat(row(view, fixture.branch(1)).committeeMaximum()).isEqualByComparingTo("45");
    assertThat(row(view, fixture.branch(1)).band()).isEqualTo(RatingBand.COMPLETED);
    assertThat(row(view, fixture.branch(2)).dataPoints()).isEqualByComparingTo("21");
    assertThat(row(view, fixture.branch(2)).onTime()).isEqualTo("1/2 nhiệm vụ hoàn thành đúng hạn");
    assertThat(row(view, fixture.branch(3)).dataPoints()).isEqualByComparingTo("10");
    assertThat(row(view, fixture.branch(3)).committeeMaximum()).isEqualByComparingTo("90");

    RatingDetail b2 = evaluations.rating(evaluation.id(), fixture.branch(2), staff(fixture));
    assertThat(b2.criteria()).extracting(CriterionScore::criterion, c -> c.points().intValue(), CriterionScore::input)
        .containsExactly(
            tuple(Criterion.ACCESS, 8, "60%"),
            tuple(Criterion.REGULAR_USE, 4, "30%"),
            tuple(Criterion.TREND, 0, "70% → 60%"),
            tuple(Criterion.ON_TIME, 5, "1/2 nhiệm vụ hoàn thành đúng hạn"),
            tuple(Criterion.MEETINGS, 0, "không có số liệu"),
            tuple(Criterion.INSPECTION, 2, "có hạn chế, khuyết điểm"),
            tuple(Criterion.REMEDIATION, 2, "1 việc chưa khắc phục"));
    assertThat(b2.criteria()).allSatisfy(c -> assertThat(c.decisionVersion()).isPositive());
    assertThat(b2.ratingDecision()).startsWith("evaluation-rating phiên bản ");
    assertThat(engine.getHistoryService().createHistoricDecisionInstanceQuery().count())
        .as("no decision history: the rating keeps its inputs and points").isZero();

    ProcessInstance selfAssessmentB1 = selfInstance(evaluation, fixture.branch(1));
    ProcessInstance selfAssessmentB2 = selfInstance(evaluation, fixture.branch(2));
    assertThat(selfAssessmentB2.getTenantId()).isEqualTo("EA-X");
    // Each branch's secretary has his self-assessment task; the first answers it.
    Task selfB1 = selfTask(evaluation, fixture.branch(1));
    assertThat(selfB1).hasCandidateGroup("org:EA-B1");
    assertThat(engine.getTaskService().getVariable(selfB1.getId(), SelfAssessment.VAR_DATA_POINTS)).isEqualTo("55/55");
    tasks.complete(selfB1.getId(), withVariables(SelfAssessment.VAR_SELF_BAND, "GOOD",
        SelfAssessment.VAR_SELF_COMMENT, "Chi bộ đã triển khai đến 100% đảng viên"));
    assertThat(evaluations.rating(evaluation.id(), fixture.branch(1), staff(fixture)).rating().selfBand())
        .isEqualTo(RatingBand.GOOD);

    // The committee's points: B1 and B3 reach 90 and so excellent; the quota (20% of 2) binds on both.
    evaluations.committeePoints(evaluation.id(), fixture.branch(1), new BigDecimal("35"), "Lãnh đạo tốt", fixture.staff, staff(fixture));
    evaluations.committeePoints(evaluation.id(), fixture.branch(2), new BigDecimal("30"), "Còn hạn chế", fixture.staff, staff(fixture));
    evaluations.committeePoints(evaluation.id(), fixture.branch(3), new BigDecimal("80"), "Chi bộ mới thành lập",
        fixture.staff, staff(fixture));
    assertThatThrownBy(() -> evaluations.committeePoints(evaluation.id(), fixture.branch(1), new BigDecimal("45.5"),
        "Quá", fixture.staff, staff(fixture))).isInstanceOf(Rejected.class).hasMessageContaining("phải từ 0 đến 45");
    view = evaluations.view(evaluation.id(), staff(fixture));
    assertThat(row(view, fixture.branch(1)).band()).isEqualTo(RatingBand.EXCELLENT);
    assertThat(row(view, fixture.branch(2)).band()).isEqualTo(RatingBand.COMPLETED);
    assertThat(view.quota().binds()).isTrue();
    assertThat(row(view, fixture.branch(1)).quotaReason()).contains("xếp thứ 1/2");
    assertThat(row(view, fixture.branch(3)).quotaReason()).contains("xếp thứ 2/2");
    assertThat(view.distribution()).extracting(d -> d.count()).containsExactly(2, 0, 1, 0);

    tasks.complete(task(instance, EvaluationSteps.TASK_REVIEW).getId(),
        withVariables(EvaluationSteps.VAR_REVIEW_NOTE, "Đề nghị xem xét tỷ lệ"));
    assertThat(task(instance, EvaluationSteps.TASK_OPINION)).hasCandidateGroup("ubkt:EA-X");
    tasks.complete(task(instance, EvaluationSteps.TASK_OPINION).getId(),
        withVariables(EvaluationSteps.VAR_INSPECTION_OPINION, "Nhất trí"));
    assertThat(task(instance, EvaluationSteps.TASK_DECIDE)).hasCandidateGroup("tt:EA-X");
    tasks.complete(task(instance, EvaluationSteps.TASK_DECIDE).getId(),
        withVariables(EvaluationSteps.VAR_DECISION, EvaluationSteps.DECISION_APPROVE));

    assertThat(instance).hasPassed(EvaluationSteps.TASK_RECORD_REVIEW, EvaluationSteps.TASK_RECORD_OPINION,
        EvaluationSteps.TASK_RECORD_DECISION, EvaluationSteps.TASK_PUBLISH, EvaluationSteps.END_PUBLISHED).isEnded();
    assertThat(evaluations.evaluation(evaluation.id()).status()).isEqualTo(EvaluationStatus.PUBLISHED);
    assertThat(selfAssessmentB1).hasPassed(SelfAssessment.END_SELF_ASSESSED).isEnded();
    assertThat(selfAssessmentB2).hasPassed(SelfAssessment.END_CLOSED).isEnded();
    assertThat(evaluations.view(evaluation.id(), staff(fixture)).steps()).extracting(s -> s.step() + ":" + s.note())
        .containsExactly("REVIEW:Đề nghị xem xét tỷ lệ", "OPINION:Nhất trí", "DECISION:null");
    assertThatThrownBy(() -> evaluations.committeePoints(evaluation.id(), fixture.branch(2), BigDecimal.ONE, "Muộn",
        fixture.standing, Set.of("tt:EA-X"))).isInstanceOf(Rejected.class).hasMessageContaining("đã công bố");
  }

  @Test
  void returnedByTheStandingCommitteeChangedAndPublished() {
    DirectiveFixture fixture = quarter("EB");
    Evaluation evaluation = start(fixture);
    ProcessInstance instance = instance(evaluation);
    runDueJobs();
    tasks.complete(task(instance, EvaluationSteps.TASK_REVIEW).getId());
    // Refused input leaves the task open and no step recorded: the record step runs in the completing transaction.
    Task opinion = task(instance, EvaluationSteps.TASK_OPINION);
    assertThatThrownBy(() -> tasks.complete(opinion.getId(), withVariables(EvaluationSteps.VAR_INSPECTION_OPINION, " ")))
        .isInstanceOf(FormFieldValidationException.class).hasMessage("Trường \"Ý kiến của Ủy ban Kiểm tra\" là bắt buộc")
        .hasFieldOrPropertyWithValue("detail", EvaluationSteps.VAR_INSPECTION_OPINION);
    assertThat(instance).isWaitingAt(EvaluationSteps.TASK_OPINION).hasNotPassed(EvaluationSteps.TASK_RECORD_OPINION);
    tasks.complete(opinion.getId(), withVariables(EvaluationSteps.VAR_INSPECTION_OPINION, "Đề nghị xem lại Chi bộ bản 2"));
    Task decide = task(instance, EvaluationSteps.TASK_DECIDE);
    assertThatThrownBy(() -> tasks.complete(decide.getId(), withVariables(EvaluationSteps.VAR_DECISION, "MAYBE")))
        .isInstanceOf(FormFieldValidationException.class).hasMessage("Trường \"Quyết định\" phải là thông qua hoặc trả lại");
    assertThat(instance).isWaitingAt(EvaluationSteps.TASK_DECIDE);
    assertThat(evaluations.view(evaluation.id(), staff(fixture)).steps()).extracting(s -> s.step())
        .containsExactly("REVIEW", "OPINION");
    tasks.complete(decide.getId(), withVariables(EvaluationSteps.VAR_DECISION,
        EvaluationSteps.DECISION_RETURN, EvaluationSteps.VAR_DECISION_NOTE, "Xem lại Chi bộ bản 2"));

    assertThat(instance).isWaitingAt(EvaluationSteps.TASK_REVIEW);
    assertThat(evaluations.evaluation(evaluation.id()).status()).isEqualTo(EvaluationStatus.REVIEW);

    // A self-assessment with a band the form does not offer is refused, and the task stays.
    Task selfB2 = selfTask(evaluation, fixture.branch(2));
    assertThatThrownBy(() -> tasks.complete(selfB2.getId(), withVariables(SelfAssessment.VAR_SELF_BAND, "BEST",
        SelfAssessment.VAR_SELF_COMMENT, "Tốt"))).hasMessageContaining("Mức xếp loại phải là");
    assertThat(selfTask(evaluation, fixture.branch(2))).isNotNull();

    Set<String> standing = Set.of("tt:EB-X");
    RatingDetail changed = evaluations.decideBand(evaluation.id(), fixture.branch(2), "COMPLETED",
        "Đã khắc phục sau kiểm tra", fixture.standing, standing);
    assertThat(changed.rating().band()).isEqualTo(RatingBand.COMPLETED);
    assertThat(changed.rating().computedBand()).isEqualTo(RatingBand.NOT_COMPLETED);
    assertThat(changed.changes()).singleElement().satisfies(c -> {
      assertThat(c.field()).isEqualTo("band");
      assertThat(c.oldValue()).isEqualTo("NOT_COMPLETED");
      assertThat(c.newValue()).isEqualTo("COMPLETED");
      assertThat(c.reason()).isEqualTo("Đã khắc phục sau kiểm tra");
      assertThat(c.changedBy()).isEqualTo(fixture.standing);
    });
    assertThatThrownBy(() -> evaluations.decideBand(evaluation.id(), fixture.branch(2), "GOOD", " ", fixture.standing,
        standing)).isInstanceOf(Rejected.class).hasMessage("reason: Thiếu lý do thay đổi");
    assertThatThrownBy(() -> evaluations.decideBand(evaluation.id(), fixture.branch(2), "GOOD", "Lý do",
        fixture.secretary(2), Set.of("org:EB-B2"))).isInstanceOf(vn.dondoc.platform.web.NotFound.class);

    tasks.complete(task(instance, EvaluationSteps.TASK_REVIEW).getId());
    tasks.complete(task(instance, EvaluationSteps.TASK_OPINION).getId(),
        withVariables(EvaluationSteps.VAR_INSPECTION_OPINION, "Nhất trí"));
    tasks.complete(task(instance, EvaluationSteps.TASK_DECIDE).getId(),
        withVariables(EvaluationSteps.VAR_DECISION, EvaluationSteps.DECISION_APPROVE));

    assertThat(instance).hasPassed(EvaluationSteps.END_PUBLISHED).isEnded();
    assertThat(evaluations.view(evaluation.id(), staff(fixture)).steps()).extracting(s -> s.step() + ":" + s.outcome())
        .containsExactly("REVIEW:null", "OPINION:null", "DECISION:RETURN", "REVIEW:null", "OPINION:null", "DECISION:APPROVE");
    assertThat(row(evaluations.view(evaluation.id(), staff(fixture)), fixture.branch(2)).band()).isEqualTo(RatingBand.COMPLETED);
  }

  @Test
  void theSamePeriodOnTheSameDataGivesTheSameNumbers() {
    DirectiveFixture fixture = quarter("EC");
    Evaluation first = start(fixture);
    runDueJobs();
    clockAt("2026-06-20T09:00:00");
    Evaluation second = start(fixture);
    runDueJobs();

    List<RatingRow> a = evaluations.view(first.id(), staff(fixture)).ratings();
    List<RatingRow> b = evaluations.view(second.id(), staff(fixture)).ratings();
    assertThat(b).hasSize(3);
    for (int i = 0; i < a.size(); i++) {
      assertThat(b.get(i).dataPoints()).isEqualByComparingTo(a.get(i).dataPoints());
      assertThat(b.get(i).band()).isEqualTo(a.get(i).band());
      RatingDetail x = evaluations.rating(first.id(), a.get(i).organizationCode(), staff(fixture));
      RatingDetail y = evaluations.rating(second.id(), a.get(i).organizationCode(), staff(fixture));
      assertThat(y.inputs()).isEqualTo(x.inputs());
      assertThat(y.criteria()).isEqualTo(x.criteria());
    }
  }

  /**
   * A commune of three branches and its first quarter of 2026, seen from 5 April: usage before and
   * during the quarter, follow-ups due in it, inspection results.
   */
  private DirectiveFixture quarter(String prefix) {
    clockAt("2026-03-01T09:00:00");
    DirectiveFixture fixture = DirectiveFixture.commune(prefix, 3, organizationImporter, identity, directives, tasks);
    long[] directiveIds = {fixture.draft(LocalDate.of(2026, 3, 15)).id(), fixture.draft(LocalDate.of(2026, 3, 15)).id()};
    clockAt("2026-04-05T09:00:00");
    var commune = organizations.find(fixture.commune).orElseThrow();
    Map<String, int[]> base = new LinkedHashMap<>();
    base.put(fixture.branch(1), new int[] {10, 8, 2});
    base.put(fixture.branch(2), new int[] {10, 7, 2});
    UsageImports.app(context, commune, LocalDateTime.parse("2025-12-20T17:00"), fixture.staff, base);
    Map<String, int[]> current = new LinkedHashMap<>();
    current.put(fixture.branch(1), new int[] {10, 10, 8});
    current.put(fixture.branch(2), new int[] {10, 6, 3});
    UsageImports.app(context, commune, LocalDateTime.parse("2026-03-25T17:00"), fixture.staff, current);

    for (int d = 0; d < 2; d++) {
      long directiveId = directiveIds[d];
      followUps.open(directiveId, List.of(new FollowUpRepository.Recipient(fixture.branch(1), fixture.commune, null),
          new FollowUpRepository.Recipient(fixture.branch(2), fixture.commune, null)), LocalDate.of(2026, 3, 15));
      followUps.completed(followUp(directiveId, fixture.branch(1)).id(), at("2026-03-10T10:00"));
      followUps.completed(followUp(directiveId, fixture.branch(2)).id(), at(d == 0 ? "2026-03-15T23:00" : "2026-03-16T08:00"));
    }
    conclusion(fixture.branch(1), "VIOLATION", "2025-11-10", null, null);
    conclusion(fixture.branch(2), "SHORTCOMINGS", "2026-02-10", "2026-03-01", null);
    conclusion(fixture.branch(3), "MEETS", "2026-03-01", "2026-03-10", "2026-03-09");
    return fixture;
  }

  private FollowUp followUp(long directiveId, String code) {
    return DirectiveFixture.followUp(followUps, directiveId, code);
  }

  private void conclusion(String code, String outcome, String on, String due, String verified) {
    jdbc.update("INSERT INTO dd_inspection_conclusion (organization_code, kind, outcome, concluded_on, reference)"
        + " VALUES (?, 'INSPECTION', ?, ?, ?)", code, outcome, LocalDate.parse(on), "KL-" + code);
    if (due != null) {
      long id = jdbc.queryForObject("SELECT MAX(id) FROM dd_inspection_conclusion WHERE organization_code = ?", Long.class, code);
      jdbc.update("INSERT INTO dd_inspection_remediation (conclusion_id, organization_code, action, due_on, verified_on)"
          + " VALUES (?, ?, 'Khắc phục hạn chế', ?, ?)", id, code, LocalDate.parse(due),
          verified == null ? null : LocalDate.parse(verified));
    }
  }

  private static java.time.Instant at(String local) {
    return ZonedDateTime.of(LocalDateTime.parse(local), TimeConfiguration.VIETNAM).toInstant();
  }

  private Evaluation start(DirectiveFixture fixture) {
    return evaluations.start(fixture.commune, Q1, fixture.staff, staff(fixture));
  }

  private static Set<String> staff(DirectiveFixture fixture) {
    return Set.of("xdd:" + fixture.commune);
  }

  private ProcessInstance instance(Evaluation evaluation) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(evaluations.evaluation(evaluation.id()).processInstanceId()).singleResult();
  }

  /** A running self-assessment; camunda-bpm-assert follows it into history once it ends. */
  private ProcessInstance selfInstance(Evaluation evaluation, String code) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(EvaluationSteps.businessKey(evaluation.id()) + "-" + code).singleResult();
  }

  private Task selfTask(Evaluation evaluation, String code) {
    return tasks.createTaskQuery().processInstanceBusinessKey(EvaluationSteps.businessKey(evaluation.id()) + "-" + code)
        .taskDefinitionKey(SelfAssessment.TASK_SELF_ASSESS).singleResult();
  }

  private static RatingRow row(EvaluationView view, String code) {
    return view.ratings().stream().filter(r -> r.organizationCode().equals(code)).findFirst().orElseThrow();
  }
}
