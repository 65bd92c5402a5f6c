package vn.dondoc.directive;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dondoc.followup.FollowUpRepository;
import vn.dondoc.organization.Organization;
import vn.dondoc.organization.OrganizationAccess;
import vn.dondoc.organization.OrganizationRepository;
import vn.dondoc.organization.ScopeRole;
import vn.dondoc.platform.web.Forbidden;
import vn.dondoc.platform.web.NotFound;
import vn.dondoc.platform.web.Rejected;

/**
 * Creating, publishing, amending and withdrawing directives. Who may do what is checked here, from
 * the caller's groups: the party-building staff of the issuing committee draft and amend; they or
 * the standing committee withdraw.
 */
@Service
public class DirectiveService {

  private final DirectiveRepository directives;
  private final OrganizationRepository organizations;
  private final FollowUpRepository followUps;
  private final DirectiveProcess process;
  private final Clock clock;

  DirectiveService(DirectiveRepository directives, OrganizationRepository organizations, FollowUpRepository followUps,
      DirectiveProcess process, Clock clock) {
    this.directives = directives;
    this.organizations = organizations;
    this.followUps = followUps;
    this.process = process;
    this.clock = clock;
  }

  @Transactional
  public Directive create(Directive draft, String createdBy, Set<String> groups) {
    Organization issuer = organizations.find(draft.issuerCode())
        .orElseThrow(() -> new Rejected("issuerCode", "Không có tổ chức ban hành \"" + draft.issuerCode() + "\""));
    mustHaveRole(groups, issuer, ScopeRole.PARTY_BUILDING);
    DirectiveValidation.check(draft, issuer, organizations, LocalDate.now(clock));
    long id = directives.insert(draft, createdBy, clock.instant());
    Directive created = directives.find(id).orElseThrow();
    directives.attachProcess(id, process.start(created, issuer.scopeCode()));
    return directives.find(id).orElseThrow();
  }

  /**
   * Publishing: the recipients as written become organisations — every active branch under one
   * where the directive says so — each with a follow-up row and its responsible person.
   */
  @Transactional
  public List<String> publish(long id) {
    Directive directive = directives.find(id).orElseThrow();
    Map<String, FollowUpRepository.Recipient> recipients = new LinkedHashMap<>();
    for (Directive.Recipient recipient : directive.recipients()) {
      Organization root = organizations.find(recipient.organizationCode()).orElseThrow();
      List<Organization> targets = recipient.allBranches()
          ? organizations.within(List.of(root.path())).stream().filter(o -> o.type().isBranch()).toList()
          : List.of(root);
      targets.stream().filter(Organization::active).forEach(o -> recipients.putIfAbsent(o.code(),
          new FollowUpRepository.Recipient(o.code(), o.scopeCode(), o.responsibleUserId())));
    }
    followUps.open(id, new ArrayList<>(recipients.values()), directive.completeBy());
    directives.status(id, DirectiveStatus.PUBLISHED, clock.instant());
    return new ArrayList<>(recipients.keySet());
  }

  @Transactional
  public void amend(long id, LocalDate reportBy, LocalDate completeBy, Set<String> groups) {
    Directive directive = published(id);
    mustHaveRole(groups, organizations.find(directive.issuerCode()).orElseThrow(), ScopeRole.PARTY_BUILDING);
    if (completeBy == null) {
      throw new Rejected("completeBy", "Thiếu hạn hoàn thành mới");
    }
    if (completeBy.isBefore(LocalDate.now(clock))) {
      throw new Rejected("completeBy", "Hạn hoàn thành mới đã qua");
    }
    if (reportBy != null && reportBy.isAfter(completeBy)) {
      throw new Rejected("reportBy", "Hạn báo cáo phải trước hoặc bằng hạn hoàn thành");
    }
    directives.deadlines(id, reportBy, completeBy, clock.instant());
    followUps.amendDeadline(id, completeBy);
    process.deadlineAmended(id);
  }

  @Transactional
  public void withdraw(long id, Set<String> groups) {
    Directive directive = directives.find(id).orElseThrow(() -> notFound(id));
    if (directive.status() == DirectiveStatus.WITHDRAWN || directive.status() == DirectiveStatus.CLOSED) {
      throw new Rejected("status", "Công văn " + directive.status().label().toLowerCase() + ", không thể thu hồi");
    }
    Organization issuer = organizations.find(directive.issuerCode()).orElseThrow();
    if (!OrganizationAccess.hasRole(groups, issuer.scopeCode(), ScopeRole.PARTY_BUILDING)) {
      mustHaveRole(groups, issuer, ScopeRole.STANDING);
    }
    // Before reading which follow-ups have a process to tell: a batch starting some now commits first.
    followUps.lockOpen(id);
    process.withdrawn(id);
  }

  /** The process step after withdrawal: the directive's status. */
  public void markWithdrawn(long id) {
    directives.status(id, DirectiveStatus.WITHDRAWN, clock.instant());
  }

  public void close(long id) {
    directives.status(id, DirectiveStatus.CLOSED, clock.instant());
  }

  public Instant now() {
    return clock.instant();
  }

  private Directive published(long id) {
    Directive directive = directives.find(id).orElseThrow(() -> notFound(id));
    if (directive.status() != DirectiveStatus.PUBLISHED) {
      throw new Rejected("status", "Chỉ sửa hạn được công văn đã ban hành (hiện: " + directive.status().label() + ")");
    }
    return directive;
  }

  private static void mustHaveRole(Set<String> groups, Organization issuer, ScopeRole role) {
    if (!OrganizationAccess.hasRole(groups, issuer.scopeCode(), role)) {
      throw new Forbidden("Chỉ " + role.groupName(issuer.name()) + " được làm việc này");
    }
  }

  private static NotFound notFound(long id) {
    return new NotFound("Không có công văn " + id);
  }
}
