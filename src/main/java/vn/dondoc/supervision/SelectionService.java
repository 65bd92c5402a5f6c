package vn.dondoc.supervision;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dondoc.inspection.Origin;
import vn.dondoc.organization.Organization;
import vn.dondoc.organization.OrganizationAccess;
import vn.dondoc.organization.OrganizationRepository;
import vn.dondoc.organization.ScopeRole;
import vn.dondoc.platform.time.TimeConfiguration;
import vn.dondoc.platform.web.Forbidden;
import vn.dondoc.platform.web.Rejected;

/**
 * The inspection committee's selection for a period: the rules of {@code inspection-selection.dmn}
 * (the version deployed now) evaluated for every active organisation below the committee, each
 * answer stored with its inputs and the rules' version; SUPERVISE starts a thematic supervision of
 * the organisation (unless one is open), INSPECT asks for an inspection (once per period).
 */
@Service
public class SelectionService {

  private final SelectionRepository repository;
  private final SelectionSignals signals;
  private final SelectionDecision decision;
  private final SupervisionService supervisions;
  private final SupervisionRepository supervisionRepository;
  private final InspectionRequests inspections;
  private final OrganizationRepository organizations;
  private final OrganizationAccess access;
  private final Clock clock;

  SelectionService(SelectionRepository repository, SelectionSignals signals, SelectionDecision decision,
      SupervisionService supervisions, SupervisionRepository supervisionRepository, InspectionRequests inspections,
      OrganizationRepository organizations, OrganizationAccess access, Clock clock) {
    this.repository = repository;
    this.signals = signals;
    this.decision = decision;
    this.supervisions = supervisions;
    this.supervisionRepository = supervisionRepository;
    this.inspections = inspections;
    this.organizations = organizations;
    this.access = access;
    this.clock = clock;
  }

  /**
   * Selects for the period, as things stand now (or at the period's end, for a period past), and
   * starts what the selection asks; all or nothing.
   */
  @Transactional
  public List<Selection> select(String committeeCode, String periodCode, String userId, Collection<String> groupIds) {
    Period period = Period.parse(periodCode, "period");
    Organization committee = committee(committeeCode, groupIds);
    if (!OrganizationAccess.hasRole(groupIds, committee.code(), ScopeRole.INSPECTION)) {
      throw new Forbidden("Chỉ Ủy ban Kiểm tra của " + committee.name() + " mới lựa chọn đối tượng giám sát, kiểm tra");
    }
    Instant now = clock.instant();
    Instant periodEnd = period.end().plusDays(1).atStartOfDay(TimeConfiguration.VIETNAM).toInstant();
    Instant at = now.isBefore(periodEnd) ? now : periodEnd;
    List<Organization> subtree = organizations.within(List.of(committee.path()));
    List<Organization> below = subtree.stream().filter(o -> o.active() && !o.code().equals(committee.code())).toList();
    Map<String, SelectionInputs> inputs = signals.of(committee, subtree, below, period, at);
    SelectionDecision.Rules rules = decision.latest();
    // Each organisation is selected once per run, so what stood before the run is all the loop needs.
    Set<String> supervised = supervisionRepository.withOpen(committee.path());
    Set<String> inspected = repository.inspectionRequested(committee.path(), period);
    List<Long> ids = new ArrayList<>();
    for (Organization organization : below) {
      SelectionInputs in = inputs.get(organization.code());
      SelectionDecision.Outcome outcome = rules.evaluate(in);
      long id = repository.insert(committee.code(), period, organization.code(), in, outcome, rules.version(), now, userId);
      ids.add(id);
      if (outcome.action() == SelectionAction.SUPERVISE && !supervised.contains(organization.code())) {
        Supervision started = supervisions.startThematic(committee, organization, period, outcome.reason(), userId);
        repository.startedSupervision(id, started.id());
      } else if (outcome.action() == SelectionAction.INSPECT && !inspected.contains(organization.code())) {
        inspections.request(organization.code(), Origin.SELECTION, "LC-" + id, userId);
        repository.requestedInspection(id);
      }
    }
    return repository.ofRun(ids);
  }

  /**
   * The newest selection (of the period, when given) of the organisation's committee, limited to the
   * organisation and those below it; most urgent first.
   */
  public List<Selection> latest(String organizationCode, String periodCode, Collection<String> groupIds) {
    String period = periodCode == null || periodCode.isBlank() ? null : Period.parse(periodCode, "period").code();
    Organization organization = visible(organizationCode, groupIds);
    String scope = organization.type().isScope() ? organization.code() : organization.scopeCode();
    Set<String> within = organizations.within(List.of(organization.path())).stream().map(Organization::code)
        .collect(Collectors.toSet());
    return repository.latest(scope, period).stream().filter(s -> within.contains(s.organizationCode())).toList();
  }

  private Organization visible(String code, Collection<String> groupIds) {
    if (code == null || code.isBlank()) {
      throw new Rejected("organization", "Thiếu mã tổ chức");
    }
    return access.seen(code.trim(), groupIds);
  }

  private Organization committee(String code, Collection<String> groupIds) {
    Organization committee = visible(code, groupIds);
    if (!committee.type().isScope()) {
      throw new Rejected("organization", committee.name() + " không phải cấp ủy có Ủy ban Kiểm tra:"
          + " chọn Đảng ủy xã, phường hoặc Tỉnh ủy");
    }
    return committee;
  }
}
