package vn.dondoc.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
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
 * Supervisions of the inspection committee: started by a member (REST), by the monthly timer (regular,
 * every commune) or by a selection (thematic); the process steps record the plan, its approval, the
 * findings and the conclusion here, and the conclusion becomes a row of {@code dd_inspection_conclusion}.
 */
@Service
public class SupervisionService {

  /** Who starts what nobody started by hand: the monthly regular supervisions. */
  public static final String SYSTEM_USER = "dondoc";
  static final int TEXT_MAX = 4000;

  /** A request to start a supervision by hand. */
  record StartRequest(String kind, String organizationCode, String period, String subject) {
  }

  private final SupervisionRepository repository;
  private final OrganizationRepository organizations;
  private final OrganizationAccess access;
  private final SupervisionProcess process;
  private final Clock clock;

  SupervisionService(SupervisionRepository repository, OrganizationRepository organizations, OrganizationAccess access,
      SupervisionProcess process, Clock clock) {
    this.repository = repository;
    this.organizations = organizations;
    this.access = access;
    this.process = process;
    this.clock = clock;
  }

  /** A member of the inspection committee starts a regular supervision of his committee or a thematic one. */
  @Transactional
  public Supervision start(StartRequest request, String userId, Collection<String> groupIds) {
    List<FieldError> errors = new ArrayList<>();
    SupervisionKind kind = null;
    if (request.kind() == null || request.kind().isBlank()) {
      errors.add(new FieldError("kind", "Chọn loại giám sát: REGULAR (thường xuyên) hoặc THEMATIC (chuyên đề)"));
    } else {
      try {
        kind = SupervisionKind.valueOf(request.kind().trim().toUpperCase());
      } catch (IllegalArgumentException unknown) {
        errors.add(new FieldError("kind", "Loại giám sát \"" + request.kind() + "\" không có: dùng REGULAR hoặc THEMATIC"));
      }
    }
    Period period = null;
    try {
      period = Period.parse(request.period(), "period");
    } catch (Rejected wrong) {
      errors.addAll(wrong.errors());
    }
    String subject = request.subject() == null ? "" : request.subject().trim();
    if (kind == SupervisionKind.THEMATIC && subject.isEmpty()) {
      errors.add(new FieldError("subject", "Giám sát chuyên đề cần nội dung (chuyên đề)"));
    } else if (subject.length() > 500) {
      errors.add(new FieldError("subject", "Nội dung dài quá 500 ký tự"));
    }
    String code = request.organizationCode() == null ? "" : request.organizationCode().trim();
    Optional<Organization> organization = code.isEmpty() ? Optional.empty() : access.visible(code, groupIds);
    if (code.isEmpty()) {
      errors.add(new FieldError("organizationCode", "Thiếu mã tổ chức được giám sát"));
    } else if (organization.isEmpty()) {
      errors.add(new FieldError("organizationCode", "Không có tổ chức \"" + code + "\""));
    } else if (kind == SupervisionKind.REGULAR && !organization.get().type().isScope()) {
      errors.add(new FieldError("organizationCode", "Giám sát thường xuyên là của cả đảng bộ: \"" + code
          + "\" không phải Đảng ủy xã, phường hay Tỉnh ủy"));
    }
    if (!errors.isEmpty()) {
      throw new Rejected(errors);
    }
    Organization target = organization.get();
    Organization scope = supervisingScope(target, groupIds).orElseThrow(() -> new Forbidden(
        "Chỉ Ủy ban Kiểm tra của cấp ủy quản lý \"" + target.name() + "\" mới được giám sát tổ chức này"));
    if (kind == SupervisionKind.REGULAR) {
      if (repository.hasRegular(target.code(), period)) {
        throw new Rejected("period", "Đã có giám sát thường xuyên của " + target.name() + " " + period.label());
      }
      return startRegular(target, period, userId);
    }
    return startThematic(scope, target, period, subject, userId);
  }

  /** The regular supervision of a committee's whole subtree for a period: the members' tasks start at once. */
  @Transactional
  public Supervision startRegular(Organization committee, Period period, String createdBy) {
    long id = repository.insert(SupervisionKind.REGULAR, committee.code(), committee.code(), period,
        SupervisionKind.REGULAR.label() + " " + period.label(), period.end(), SupervisionStatus.IN_PROGRESS, createdBy,
        clock.instant());
    return started(id);
  }

  /** A thematic supervision of an organisation: the committee plans it, the standing committee approves. */
  @Transactional
  public Supervision startThematic(Organization committee, Organization organization, Period period, String subject,
      String createdBy) {
    long id = repository.insert(SupervisionKind.THEMATIC, committee.code(), organization.code(), period, subject, null,
        SupervisionStatus.PLANNING, createdBy, clock.instant());
    return started(id);
  }

  /** The monthly run: a regular supervision of every active commune (and province) that has none this month. */
  @Transactional
  public List<Supervision> startRegularForAll(LocalDate today) {
    Period period = Period.monthOf(today);
    Set<String> done = repository.withRegular(period);
    List<Supervision> started = new ArrayList<>();
    for (Organization committee : organizations.findAll().values()) {
      if (committee.active() && committee.type().isScope() && !done.contains(committee.code())) {
        started.add(startRegular(committee, period, SYSTEM_USER));
      }
    }
    return started;
  }

  private Supervision started(long id) {
    Supervision supervision = repository.find(id).orElseThrow();
    repository.started(id, process.start(supervision));
    return repository.find(id).orElseThrow();
  }

  /** The committee's plan of a thematic supervision; refused without content or with a due day already past. */
  public void recordPlan(long id, String subject, String plan, LocalDate dueOn) {
    Supervision supervision = get(id);
    List<FieldError> errors = new ArrayList<>();
    String newSubject = subject == null || subject.isBlank() ? supervision.subject() : subject.trim();
    if (newSubject.length() > 500) {
      errors.add(new FieldError("subject", "Nội dung dài quá 500 ký tự"));
    }
    requireText(plan, "plan", "Thiếu kế hoạch giám sát (nội dung, đối tượng, thời gian, thành phần)", errors);
    LocalDate today = LocalDate.now(clock);
    if (dueOn == null) {
      errors.add(new FieldError("dueOn", "Thiếu ngày hoàn thành giám sát"));
    } else if (dueOn.isBefore(today)) {
      errors.add(new FieldError("dueOn", "Ngày hoàn thành giám sát đã qua"));
    }
    if (!errors.isEmpty()) {
      throw new Rejected(errors);
    }
    repository.planned(supervision.id(), newSubject, plan.trim(), dueOn);
  }

  /** The standing committee approves the plan, or returns it with a comment. */
  public void decidePlan(long id, boolean approved, String comment, String decidedBy) {
    Supervision supervision = get(id);
    if (!approved && (comment == null || comment.isBlank())) {
      throw new Rejected("returnComment", "Trả lại kế hoạch cần ghi lý do");
    }
    repository.decided(supervision.id(), approved ? SupervisionStatus.IN_PROGRESS : SupervisionStatus.PLANNING,
        approved ? null : comment.trim(), approved ? decidedBy : null);
  }

  /** A member's note; the organisation (default: the supervised one) must lie within the supervised one. */
  public void addFinding(long id, String organizationCode, Supervision.Activity activity, String text, String recordedBy) {
    Supervision supervision = get(id);
    if (!supervision.open()) {
      throw new Rejected("supervision", "Giám sát " + supervision.reference() + " đã kết luận, không ghi thêm được");
    }
    List<FieldError> errors = new ArrayList<>();
    requireText(text, "text", "Thiếu nội dung ghi nhận", errors);
    String code = organizationCode == null || organizationCode.isBlank() ? supervision.organizationCode() : organizationCode.trim();
    if (within(supervision, code).isEmpty()) {
      errors.add(new FieldError("organizationCode", "Tổ chức \"" + code + "\" không thuộc " + supervision.organizationName()));
    }
    if (!errors.isEmpty()) {
      throw new Rejected(errors);
    }
    repository.addFinding(id, code, activity, text.trim(), recordedBy, clock.instant());
  }

  /**
   * The committee's conclusion, stored for the evaluation as a conclusion of kind SUPERVISION of the
   * supervised organisation. Refused without findings, without a text or with an unknown outcome.
   */
  public Supervision conclude(long id, String outcome, String conclusion) {
    Supervision supervision = get(id);
    List<FieldError> errors = new ArrayList<>();
    Optional<ConclusionOutcome> kind = ConclusionOutcome.of(outcome);
    if (kind.isEmpty()) {
      errors.add(new FieldError("outcome", "Chọn kết luận: MEETS (đạt yêu cầu), SHORTCOMINGS (có hạn chế, khuyết điểm)"
          + " hoặc VIOLATION (có vi phạm)"));
    }
    requireText(conclusion, "conclusion", "Thiếu nội dung kết luận", errors);
    if (supervision.findings().isEmpty()) {
      errors.add(new FieldError("findings", "Chưa có kết quả giám sát nào: ghi nhận trước khi kết luận"));
    }
    if (!supervision.open()) {
      errors.add(new FieldError("supervision", "Giám sát " + supervision.reference() + " đã kết luận"));
    }
    if (!errors.isEmpty()) {
      throw new Rejected(errors);
    }
    LocalDate today = LocalDate.now(clock);
    long conclusionId = repository.insertConclusion(supervision.organizationCode(), kind.get(), today, supervision.reference());
    repository.concluded(id, kind.get(), conclusion.trim(), today, conclusionId);
    return get(id);
  }

  /** The organisation an inspection raised by the supervision is about: the one named, or the supervised one. */
  public String inspectionTarget(long id, String organizationCode) {
    Supervision supervision = get(id);
    String code = organizationCode == null || organizationCode.isBlank() ? supervision.organizationCode() : organizationCode.trim();
    return within(supervision, code).map(Organization::code).orElseThrow(() -> new Rejected("inspectOrganization",
        "Tổ chức đề nghị kiểm tra \"" + code + "\" không thuộc " + supervision.organizationName()));
  }

  public Supervision get(long id) {
    return repository.find(id).orElseThrow(() -> new NotFound("Không có giám sát " + Supervision.reference(id)));
  }

  /** A supervision, if the groups see its organisation; otherwise it does not exist for them. */
  public Supervision visible(long id, Collection<String> groupIds) {
    Supervision supervision = get(id);
    access.visible(supervision.organizationCode(), groupIds)
        .orElseThrow(() -> new NotFound("Không có giám sát " + Supervision.reference(id)));
    return supervision;
  }

  /** Supervisions of the organisation and of those below it, newest first. */
  public List<Supervision> of(String organizationCode, boolean onlyOpen, Collection<String> groupIds) {
    Organization organization = access.seen(organizationCode, groupIds);
    return repository.within(organization.path(), onlyOpen);
  }

  /** May the groups work this supervision: its committee's inspection committee, or an administrator. */
  public boolean mayWork(Supervision supervision, Collection<String> groupIds) {
    return OrganizationAccess.hasRole(groupIds, supervision.scopeCode(), ScopeRole.INSPECTION);
  }

  /**
   * The nearest committee at or above the organisation whose inspection committee the user belongs to
   * (an administrator acts for the organisation's own committee).
   */
  Optional<Organization> supervisingScope(Organization organization, Collection<String> groupIds) {
    if (groupIds.contains(OrganizationAccess.ADMIN_GROUP)) {
      return organizations.find(organization.scopeCode());
    }
    String[] codes = organization.path().split("/");
    for (int i = codes.length - 1; i >= 0; i--) {
      if (!codes[i].isEmpty() && groupIds.contains(ScopeRole.INSPECTION.groupId(codes[i]))) {
        return organizations.find(codes[i]);
      }
    }
    return Optional.empty();
  }

  private Optional<Organization> within(Supervision supervision, String code) {
    Organization supervised = organizations.find(supervision.organizationCode()).orElseThrow();
    return organizations.find(code).filter(o -> o.isWithin(supervised.path()));
  }

  private static void requireText(String text, String field, String missing, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      errors.add(new FieldError(field, missing));
    } else if (text.trim().length() > TEXT_MAX) {
      errors.add(new FieldError(field, "Nội dung dài quá " + TEXT_MAX + " ký tự"));
    }
  }
}
