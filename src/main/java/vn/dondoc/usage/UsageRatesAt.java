package vn.dondoc.usage;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.dondoc.organization.Organization;

/**
 * The usage figures other features read (the rating of organisations): the access and regular-use
 * rates of every organisation of a subtree in the newest app snapshot covering it before a time,
 * corrected by a member database snapshot exactly as {@code GET /api/usage/trend} corrects them.
 */
@Service
public class UsageRatesAt {

  private final UsageRepository repository;
  private final UsageStatistics statistics;

  UsageRatesAt(UsageRepository repository, UsageStatistics statistics) {
    this.repository = repository;
    this.statistics = statistics;
  }

  /**
   * The newest app snapshot covering {@code root} whose as-of time is strictly before {@code before},
   * with the rolled-up rates of each organisation of {@code subtree} (the root's subtree, as the caller
   * already read it); empty when there is none.
   */
  public Optional<AppRates> newestBefore(Organization root, List<Organization> subtree, LocalDateTime before) {
    Snapshot app = null;
    Snapshot correction = null;
    Snapshot database = null;
    for (Snapshot snapshot : repository.snapshotsCovering(root.path())) {
      if (!snapshot.asOf().isBefore(before)) {
        break;
      }
      if (snapshot.kind() == SnapshotKind.MEMBER_DATABASE) {
        database = snapshot;
      } else {
        app = snapshot;
        correction = snapshot.kind() == SnapshotKind.APP_MEMBERS ? database : null;
      }
    }
    if (app == null) {
      return Optional.empty();
    }
    Map<String, Figures> figures = statistics.tree(subtree, app, correction).figures();
    Map<String, OrganizationRates> rates = new HashMap<>();
    figures.forEach((code, f) -> rates.put(code, new OrganizationRates(f.access().percent(), f.regularUse().percent())));
    return Optional.of(new AppRates(app.id(), app.asOf(), rates));
  }

  /** One app snapshot's rates, by organisation code. */
  public record AppRates(long snapshotId, LocalDateTime asOf, Map<String, OrganizationRates> byOrganization) {
  }

  /**
   * Rates in percent, rounded half-up to two decimals as the letters write them; {@code null} for an
   * organisation without members in activity.
   */
  public record OrganizationRates(BigDecimal access, BigDecimal regularUse) {
  }
}
