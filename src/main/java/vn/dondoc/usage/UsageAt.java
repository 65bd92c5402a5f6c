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
 * What other features read of the usage statistics (the selection of whom to supervise, the rating
 * of organisations), with one rule for which snapshot counts at a moment: the newest app snapshot
 * covering the organisation whose as-of time is <em>strictly before</em> the moment (one taken at the
 * moment itself belongs to what comes after), corrected by a member database snapshot exactly as
 * {@code GET /api/usage/trend} corrects it, banded with the bands of the organisation's committee
 * ({@link UsageBands}). The trend is the access rate's change since the app snapshot before that one,
 * chosen by the same rule ({@link #newestBefore} at its as-of time).
 */
@Service
public class UsageAt {

  private final UsageRepository repository;
  private final UsageStatistics statistics;
  private final UsageBands bands;

  UsageAt(UsageRepository repository, UsageStatistics statistics, UsageBands bands) {
    this.repository = repository;
    this.statistics = statistics;
    this.bands = bands;
  }

  /**
   * The snapshot chosen for {@code before} (see the class), with the rolled-up rates of each
   * organisation of {@code subtree} (the root's subtree, as the caller already read it); empty when
   * there is none.
   */
  public Optional<AppRates> newestBefore(Organization root, List<Organization> subtree, LocalDateTime before) {
    return newestBefore(repository.snapshotsCovering(root.path()), bands.of(root), subtree, before);
  }

  /** The rates of the snapshot chosen for {@code before}, with each organisation's access trend since the one before it. */
  public Trend trendBefore(Organization root, List<Organization> subtree, LocalDateTime before) {
    // Both snapshots come from the same covering snapshots and bands: read them once.
    List<Snapshot> covering = repository.snapshotsCovering(root.path());
    Bands limits = bands.of(root);
    AppRates now = newestBefore(covering, limits, subtree, before).orElse(null);
    return new Trend(now, now == null ? null : newestBefore(covering, limits, subtree, now.asOf()).orElse(null));
  }

  /** The rates of the app snapshot chosen for {@code before} among {@code covering} (oldest first). */
  private Optional<AppRates> newestBefore(List<Snapshot> covering, Bands limits, List<Organization> subtree,
      LocalDateTime before) {
    Snapshot app = null;
    Snapshot correction = null;
    Snapshot database = null;
    for (Snapshot snapshot : covering) {
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
    Map<String, OrganizationRates> rates = new HashMap<>();
    statistics.tree(subtree, app, correction).figures().forEach((code, f) -> rates.put(code,
        new OrganizationRates(f.access().percent(), f.regularUse().percent(), Band.of(f.access(), limits).name())));
    return Optional.of(new AppRates(app.id(), app.asOf(), rates));
  }

  /** One app snapshot's rates, by organisation code. */
  public record AppRates(long snapshotId, LocalDateTime asOf, Map<String, OrganizationRates> byOrganization) {
  }

  /**
   * Rates in percent, rounded half-up to two decimals as the letters write them; {@code null} for an
   * organisation without members in activity.
   *
   * @param band the access rate's: {@code COMMENDED}, {@code MIDDLE}, {@code LOW}, {@code NOT_DEPLOYED}
   *     or {@code NO_DATA}
   */
  public record OrganizationRates(BigDecimal access, BigDecimal regularUse, String band) {
  }

  /** A snapshot's rates and those of the app snapshot before it, each {@code null} when there is none. */
  public record Trend(AppRates now, AppRates previous) {

    /** The organisation's band; {@code NO_DATA} without a snapshot that counts it. */
    public String band(String code) {
      OrganizationRates rates = now == null ? null : now.byOrganization().get(code);
      return rates == null ? Band.NO_DATA.name() : rates.band();
    }

    /**
     * The access rate's change in percentage points since the snapshot before; {@code null} without
     * a rate in both.
     */
    public BigDecimal accessTrend(String code) {
      OrganizationRates current = now == null ? null : now.byOrganization().get(code);
      OrganizationRates before = previous == null ? null : previous.byOrganization().get(code);
      return current == null || before == null || current.access() == null || before.access() == null ? null
          : current.access().subtract(before.access());
    }
  }
}
