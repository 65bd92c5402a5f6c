package vn.dondoc.usage;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveRequest;
import vn.dondoc.directive.DirectiveService;
import vn.dondoc.organization.Organization;
import vn.dondoc.organization.OrganizationRepository;
import vn.dondoc.organization.ScopeRole;
import vn.dondoc.platform.time.VietnameseFormat;
import vn.dondoc.usage.UsageViews.Ranked;
import vn.dondoc.usage.UsageViews.RankingView;

/**
 * After the review of an app snapshot: the organisations directly below it in the low and
 * not-deployed bands of the access ranking get a draft remediation directive of the committee,
 * which then goes through its own drafting, signing and branch follow-ups.
 */
@Service
public class UsageRemediation {

  static final String SUBJECT = "V/v khắc phục tình trạng sử dụng ứng dụng Sổ tay đảng viên điện tử còn thấp";
  static final int DEFAULT_DAYS = 14;
  private static final Set<Band> BANDS = Set.of(Band.LOW, Band.NOT_DEPLOYED);

  private final UsageRepository repository;
  private final UsageStatistics statistics;
  private final OrganizationRepository organizations;
  private final DirectiveService directives;

  UsageRemediation(UsageRepository repository, UsageStatistics statistics, OrganizationRepository organizations,
      DirectiveService directives) {
    this.repository = repository;
    this.statistics = statistics;
    this.organizations = organizations;
    this.directives = directives;
  }

  /**
   * The active organisations directly below {@code root} in the low and not-deployed bands of the
   * snapshot's ranking by access rate, as the ranking words them.
   */
  List<Ranked> toRemediate(Organization root, Snapshot snapshot) {
    RankingView ranking = statistics.ranking(root, snapshot.id(), null, Measure.ACCESS);
    Set<String> active = organizations.within(List.of(root.path())).stream().filter(Organization::active)
        .map(Organization::code).collect(Collectors.toSet());
    return ranking.bands().stream().filter(b -> BANDS.contains(b.band()))
        .flatMap(b -> b.organizations().stream())
        .filter(r -> active.contains(r.code()))
        .toList();
  }

  /**
   * Drafts the remediation directive of the snapshot's committee, due {@value #DEFAULT_DAYS} days
   * after the review; nothing when no organisation is in those bands.
   *
   * @param reviewedBy who reviewed; the snapshot's importer when the engine does not know
   */
  public OptionalLong draftDirective(long snapshotId, LocalDate reviewedOn, String reviewedBy, String note) {
    Snapshot snapshot = repository.snapshot(snapshotId).orElseThrow();
    Organization root = organizations.find(snapshot.organizationCode()).orElseThrow();
    List<Ranked> ranked = toRemediate(root, snapshot);
    if (ranked.isEmpty()) {
      return OptionalLong.empty();
    }
    StringBuilder body = new StringBuilder("Qua số liệu thống kê của ứng dụng Sổ tay đảng viên điện tử tính đến ")
        .append(VietnameseFormat.moment(snapshot.asOf()))
        .append(", các tổ chức sau có tỷ lệ truy cập, sử dụng thấp hoặc chưa triển khai:\n");
    ranked.forEach(r -> body.append("- ").append(r.line()).append('\n'));
    body.append("Đề nghị các tổ chức trên rà soát, kích hoạt tài khoản và hướng dẫn đảng viên sử dụng ứng dụng.");
    if (note != null && !note.isBlank()) {
      body.append('\n').append(note.trim());
    }
    String createdBy = reviewedBy == null ? snapshot.importedBy() : reviewedBy;
    DirectiveRequest request = new DirectiveRequest(null, null, null, root.scopeCode(), "Ban Thường vụ", SUBJECT,
        body.toString(), null, null, null, reviewedOn.plusDays(DEFAULT_DAYS), null, null,
        List.of("Kích hoạt tài khoản và hướng dẫn đảng viên truy cập, sử dụng ứng dụng"), List.of(), List.of(),
        ranked.stream().map(r -> new Directive.Recipient(r.code(), false)).toList());
    Directive created = directives.create(request.toDirective(), createdBy,
        Set.of(ScopeRole.PARTY_BUILDING.groupId(root.scopeCode())));
    return OptionalLong.of(created.id());
  }
}
