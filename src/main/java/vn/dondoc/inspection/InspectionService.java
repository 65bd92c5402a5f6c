package vn.dondoc.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dondoc.organization.Organization;
import vn.dondoc.organization.OrganizationAccess;
import vn.dondoc.organization.OrganizationRepository;
import vn.dondoc.organization.ScopeRole;
import vn.dondoc.platform.web.FieldError;
import vn.dondoc.platform.web.Forbidden;
import vn.dondoc.platform.web.NotFound;
import vn.dondoc.platform.web.Rejected;

/**
 * An inspection's life, step by step: the process steps call these with what the forms gave, the
 * API with what its callers send. Bad input is refused with a Vietnamese message by field, before
 * anything is written.
 */
@Service
public class InspectionService {

  /** The lengths of the text columns. */
  static final int MAX_TEXT = 4000;
  static final int MAX_REPORT = 8000;
  static final int MAX_COMMENT = 2000;
  static final int MAX_REFERENCE = 120;
  static final int MAX_USER_ID = 100;

  private final InspectionRepository inspections;
  private final OrganizationRepository organizations;
  private final InspectionAccess access;
  private final OrganizationAccess organizationAccess;
  private final InspectionProcess process;
  private final InspectionSettings settings;
  private final Clock clock;

  InspectionService(InspectionRepository inspections, OrganizationRepository organizations, InspectionAccess access,
      OrganizationAccess organizationAccess, InspectionProcess process, InspectionSettings settings, Clock clock) {
    this.inspections = inspections;
    this.organizations = organizations;
    this.access = access;
    this.organizationAccess = organizationAccess;
    this.process = process;
    this.settings = settings;
    this.clock = clock;
  }

  /** {@code POST /api/inspections}: the inspection committee of the organisation's scope opens one by hand. */
  @Transactional
  public Inspection start(String organizationCode, String originRef, String userId, Set<String> groups) {
    Organization organization = organizationAccess.visible(organizationCode == null ? "" : organizationCode, groups)
        .orElseThrow(() -> new Rejected("organizationCode", "Không có tổ chức \"" + organizationCode + "\""));
    if (!OrganizationAccess.hasRole(groups, organization.scopeCode(), ScopeRole.INSPECTION)) {
      throw new Forbidden("Chỉ " + ScopeRole.INSPECTION.groupName(organizations.find(organization.scopeCode())
          .map(Organization::name).orElse(organization.scopeCode())) + " được mở cuộc kiểm tra");
    }
    List<FieldError> errors = new ArrayList<>();
    text(errors, "originRef", originRef, null, MAX_REFERENCE);
    refuse(errors);
    String processInstanceId = process.start(organization.code(), Origin.MANUAL, originRef, userId);
    return inspections.ofProcessInstance(processInstanceId).orElseThrow();
  }

  /**
   * The process's first step, however it was started (by the API, or by the message
   * {@code InspectionRequested} from a supervision or the selection): the inspection's row.
   */
  public Inspection register(String organizationCode, String origin, String originRef, String requestedBy,
      String processInstanceId) {
    List<FieldError> errors = new ArrayList<>();
    Organization organization = organizations.find(organizationCode == null ? "" : organizationCode).orElse(null);
    if (organization == null) {
      errors.add(new FieldError("organizationCode", "Không có tổ chức \"" + organizationCode + "\""));
    }
    Origin parsed = Origin.parse(origin == null ? Origin.MANUAL.name() : origin).orElse(null);
    if (parsed == null) {
      errors.add(new FieldError("origin", "Nguồn \"" + origin + "\" không hợp lệ (SELECTION, SUPERVISION hoặc MANUAL)"));
    }
    text(errors, "requestedBy", requestedBy, "Thiếu người đề nghị kiểm tra", MAX_USER_ID);
    text(errors, "originRef", originRef, null, MAX_REFERENCE);
    refuse(errors);
    long id = inspections.insert(organization.code(), organization.scopeCode(), parsed, originRef, requestedBy,
        clock.instant());
    inspections.attachProcess(id, processInstanceId);
    return find(id);
  }

  /** Step "prepare": the committee's plan, the team it proposes and the self-report's deadline. */
  public void plan(long id, String content, List<String> team, LocalDate selfReportDue) {
    List<FieldError> errors = new ArrayList<>();
    text(errors, "planContent", content, "Thiếu nội dung, phạm vi kiểm tra", MAX_TEXT);
    if (team.isEmpty()) {
      errors.add(new FieldError("team", "Cần ghi ít nhất một thành viên đoàn kiểm tra"));
    }
    if (selfReportDue == null) {
      errors.add(new FieldError("selfReportDue", "Thiếu hạn nộp báo cáo tự kiểm tra"));
    } else if (!selfReportDue.isAfter(today())) {
      errors.add(new FieldError("selfReportDue", "Hạn nộp báo cáo tự kiểm tra phải sau hôm nay"));
    }
    refuse(errors);
    inspections.plan(id, content.trim(), team, selfReportDue);
  }

  /**
   * The standing committee on the plan: returned with a comment, or approved — the decision, from
   * which the legal time limit runs.
   */
  public void decidePlan(long id, boolean approve, String comment, String by) {
    if (!approve) {
      refuse(comment("planComment", comment, "Cần ghi ý kiến khi trả lại kế hoạch"));
      inspections.planReturned(id, by, comment.trim());
      return;
    }
    Inspection inspection = find(id);
    refuse(comment("planComment", comment, null));
    if (!inspection.selfReportDue().isAfter(today())) {
      throw new Rejected("selfReportDue", "Hạn nộp báo cáo tự kiểm tra đã qua: trả lại kế hoạch để sửa");
    }
    inspections.decided(id, by, comment, today(), settings.timeLimitDays());
  }

  /** Once, by at most a third of the limit, with its reason; the process's timer moves with it. */
  @Transactional
  public Inspection extend(long id, String reason, String userId, Set<String> groups) {
    Inspection inspection = access.visible(id, userId, groups);
    InspectionAccess.mustDirect(inspection, groups);
    TimeLimit limit = inspection.timeLimit().filter(l -> inspection.step().underTimeLimit())
        .orElseThrow(() -> new Rejected("step", "Chỉ gia hạn được cuộc kiểm tra đang tiến hành hoặc kết luận (hiện: "
            + inspection.step().label() + ")"));
    if (limit.extended()) {
      throw new Rejected("extension", "Cuộc kiểm tra đã được gia hạn một lần, không gia hạn thêm");
    }
    if (limit.overdue(today())) {
      throw new Rejected("extension", "Thời hạn kiểm tra đã hết, không gia hạn được");
    }
    refuse(comment("reason", reason, "Cần ghi lý do gia hạn"));
    inspections.extend(id, limit.maxExtension(), reason.trim(), userId);
    process.timeLimitExtended(id);
    return find(id);
  }

  public void submitSelfReport(long id, String text) {
    List<FieldError> errors = new ArrayList<>();
    text(errors, "selfReport", text, "Thiếu nội dung báo cáo tự kiểm tra", MAX_REPORT);
    refuse(errors);
    inspections.selfReport(id, text.trim(), clock.instant());
  }

  public void selfReportOverdue(long id) {
    inspections.selfReportOverdue(id, clock.instant());
  }

  /** The team has verified the self-report; what it found is in the findings. */
  public void verified(long id, String note) {
    List<FieldError> errors = new ArrayList<>();
    text(errors, "verificationNote", note, null, MAX_TEXT);
    refuse(errors);
    inspections.verified(id, note == null ? null : note.trim());
  }

  /** While concluding, the team proposes what the organisation must do, and by when. */
  @Transactional
  public RemediationAction addAction(long id, String action, LocalDate dueOn, String userId, Set<String> groups) {
    Inspection inspection = access.visible(id, userId, groups);
    InspectionAccess.mustInspect(inspection, userId, groups);
    if (inspection.step() != InspectionStep.CONDUCT && inspection.step() != InspectionStep.CONCLUDE) {
      throw new Rejected("step", "Chỉ đề xuất yêu cầu khắc phục khi đang tiến hành hoặc kết luận (hiện: "
          + inspection.step().label() + ")");
    }
    List<FieldError> errors = new ArrayList<>();
    text(errors, "action", action, "Thiếu nội dung yêu cầu khắc phục", MAX_COMMENT);
    if (dueOn == null) {
      errors.add(new FieldError("dueOn", "Thiếu hạn khắc phục"));
    } else if (!dueOn.isAfter(today())) {
      errors.add(new FieldError("dueOn", "Hạn khắc phục phải sau hôm nay"));
    }
    refuse(errors);
    long actionId = inspections.insertAction(id, action.trim(), dueOn);
    return inspections.action(actionId).orElseThrow();
  }

  /**
   * The team's report and proposed conclusion. A conclusion rests on findings: without any, only
   * "meets requirements" with the explicit statement that nothing was found is accepted. Shortcomings
   * and violations require at least one remediation action.
   */
  public void proposeConclusion(long id, String teamReport, String outcome, boolean nothingFound) {
    List<FieldError> errors = new ArrayList<>();
    text(errors, "teamReport", teamReport, "Thiếu báo cáo của đoàn kiểm tra", MAX_REPORT);
    Outcome parsed = Outcome.parse(outcome).orElse(null);
    if (parsed == null) {
      errors.add(new FieldError("outcome", "Chọn kết luận: Đạt yêu cầu, Có hạn chế, khuyết điểm hoặc Có vi phạm"));
    } else if (inspections.countFindings(id) == 0 && !(parsed == Outcome.MEETS && nothingFound)) {
      errors.add(new FieldError("outcome", parsed == Outcome.MEETS
          ? "Chưa có kết quả kiểm tra nào: ghi kết quả kiểm tra, hoặc xác nhận \"Không phát hiện hạn chế, vi phạm\""
          : "Kết luận \"" + parsed.label() + "\" cần có ít nhất một kết quả kiểm tra (phát hiện) đã ghi"));
    } else if (parsed != Outcome.MEETS && inspections.actions(id).isEmpty()) {
      errors.add(new FieldError("outcome", "Kết luận \"" + parsed.label() + "\" cần ít nhất một yêu cầu khắc phục"));
    }
    refuse(errors);
    inspections.proposeConclusion(id, teamReport.trim(), parsed);
  }

  /**
   * The standing committee on the conclusion: returned with a comment, or approved — the rows the
   * evaluation reads are written, and the required actions open. Returns their ids.
   */
  public List<Long> decideConclusion(long id, boolean approve, String comment) {
    if (!approve) {
      refuse(comment("conclusionComment", comment, "Cần ghi ý kiến khi trả lại dự thảo kết luận"));
      inspections.conclusionReturned(id, comment.trim());
      return List.of();
    }
    refuse(comment("conclusionComment", comment, null));
    return inspections.conclude(find(id), today(), comment);
  }

  public void reportAction(long actionId, String report) {
    List<FieldError> errors = new ArrayList<>();
    text(errors, "actionReport", report, "Thiếu báo cáo kết quả khắc phục", MAX_TEXT);
    refuse(errors);
    inspections.actionReported(actionId, report.trim(), clock.instant());
  }

  /** The team verifies a reported action, or rejects it with a comment and the organisation redoes it. */
  public void verifyAction(long actionId, boolean verified, String comment, String by) {
    RemediationAction action = action(actionId);
    if (verified) {
      inspections.actionVerified(action, by, today());
    } else {
      refuse(comment("verifyComment", comment, "Cần ghi lý do khi chưa xác nhận kết quả khắc phục"));
      inspections.actionRejected(actionId, comment.trim());
    }
  }

  public void actionOverdue(long actionId) {
    inspections.actionOverdue(actionId, clock.instant());
  }

  public void close(long id) {
    inspections.close(id, clock.instant());
  }

  public Inspection find(long id) {
    return inspections.find(id).orElseThrow(() -> new NotFound("Không có cuộc kiểm tra " + Inspection.reference(id)));
  }

  public RemediationAction action(long actionId) {
    return inspections.action(actionId).orElseThrow(() -> new NotFound("Không có yêu cầu khắc phục " + actionId));
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** A comment: required when {@code missing} says why, at most {@link #MAX_COMMENT} characters. */
  private static List<FieldError> comment(String field, String value, String missing) {
    List<FieldError> errors = new ArrayList<>();
    text(errors, field, value, missing, MAX_COMMENT);
    return errors;
  }

  /** A text: required when {@code missing} says why, at most {@code max} characters. */
  private static void text(List<FieldError> errors, String field, String value, String missing, int max) {
    if (missing != null && (value == null || value.isBlank())) {
      errors.add(new FieldError(field, missing));
    }
    if (value != null && value.length() > max) {
      errors.add(new FieldError(field, "Dài quá " + max + " ký tự"));
    }
  }

  private static void refuse(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new Rejected(errors);
    }
  }
}
