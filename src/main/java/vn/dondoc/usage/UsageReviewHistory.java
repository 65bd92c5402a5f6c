package vn.dondoc.usage;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.dondoc.organization.Organization;
import vn.dondoc.organization.OrganizationRepository;
import vn.dondoc.platform.time.VietnameseFormat;

/** Past and open reviews of the app snapshots of an organisation's subtree, read from the engine's history. */
@Service
class UsageReviewHistory {

  /**
   * One review with its snapshot, as the API answers it.
   *
   * @param decision what the staff decided, in Vietnamese ("Chưa xem xét" while the task is open)
   */
  record ReviewView(long snapshotId, SnapshotKind snapshotKind, String organizationCode, LocalDateTime asOf,
      String asOfText, String importedBy, LocalDateTime startedAt, String decidedBy, LocalDateTime decidedAt,
      Boolean remediate, String decision, String note, Integer toRemediate, Long remediationDirectiveId,
      Integer supportPairs) {
  }

  private final UsageRepository repository;
  private final OrganizationRepository organizations;
  private final UsageReviewProcess process;

  UsageReviewHistory(UsageRepository repository, OrganizationRepository organizations, UsageReviewProcess process) {
    this.repository = repository;
    this.organizations = organizations;
    this.process = process;
  }

  /** The reviews of app snapshots of the organisation or of one below it, newest snapshot first. */
  List<ReviewView> of(Organization root) {
    Set<String> subtree = organizations.within(List.of(root.path())).stream().map(Organization::code)
        .collect(Collectors.toSet());
    List<Snapshot> apps = repository.snapshotsAround(root.path()).stream()
        .filter(s -> s.kind().isApp() && subtree.contains(s.organizationCode())).toList();
    Map<Long, UsageReviewRecord> reviews = process.history(apps.stream().map(Snapshot::id).toList()).stream()
        .collect(Collectors.toMap(UsageReviewRecord::snapshotId, Function.identity()));
    return apps.stream().filter(s -> reviews.containsKey(s.id())).map(s -> {
      UsageReviewRecord r = reviews.get(s.id());
      return new ReviewView(s.id(), s.kind(), s.organizationCode(), s.asOf(), VietnameseFormat.moment(s.asOf()),
          s.importedBy(), r.startedAt(), r.decidedBy(), r.decidedAt(), r.remediate(), decision(r), r.note(),
          r.toRemediate(), r.remediationDirectiveId(), r.supportPairs());
    }).toList();
  }

  static String decision(UsageReviewRecord review) {
    if (review.decidedAt() == null) {
      return "Chưa xem xét";
    }
    if (!Boolean.TRUE.equals(review.remediate())) {
      return "Không giao khắc phục";
    }
    return review.remediationDirectiveId() != null ? "Giao khắc phục"
        : "Giao khắc phục, không có tổ chức tỷ lệ thấp hoặc chưa triển khai";
  }
}
