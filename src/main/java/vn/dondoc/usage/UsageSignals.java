package vn.dondoc.usage;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.dondoc.organization.Organization;
import vn.dondoc.usage.UsageViews.OrganizationRates;

/**
 * What other features read of the usage statistics about a subtree: each organisation's band of the
 * access rate in the newest app snapshot up to a moment, and how far the rate moved since the app
 * snapshot before it. Figures as the app has them (not corrected by the member database).
 */
@Service
public class UsageSignals {

  /**
   * @param band {@code COMMENDED}, {@code MIDDLE}, {@code LOW}, {@code NOT_DEPLOYED} or {@code NO_DATA}
   * @param accessTrend the access rate's change in percentage points since the snapshot before;
   *     {@code null} without two snapshots with a rate
   */
  public record Signal(String band, BigDecimal accessTrend) {

    public static final Signal NO_DATA = new Signal(Band.NO_DATA.name(), null);
  }

  private final UsageRepository repository;
  private final UsageStatistics statistics;

  UsageSignals(UsageRepository repository, UsageStatistics statistics) {
    this.repository = repository;
    this.statistics = statistics;
  }

  /** Every organisation of the subtree with a signal; absent ones have no snapshot ({@link Signal#NO_DATA}). */
  public Map<String, Signal> of(Organization root, LocalDateTime upTo) {
    List<Snapshot> apps = repository.snapshotsCovering(root.path()).stream()
        .filter(s -> s.kind().isApp() && !s.asOf().isAfter(upTo)).toList();
    Map<String, Signal> signals = new HashMap<>();
    if (apps.isEmpty()) {
      return signals;
    }
    Map<String, OrganizationRates> previous = new HashMap<>();
    if (apps.size() > 1) {
      statistics.rates(root, apps.get(apps.size() - 2).id(), null).organizations()
          .forEach(rates -> previous.put(rates.code(), rates));
    }
    for (OrganizationRates now : statistics.rates(root, apps.get(apps.size() - 1).id(), null).organizations()) {
      OrganizationRates before = previous.get(now.code());
      BigDecimal trend = before == null || before.access().percent() == null || now.access().percent() == null ? null
          : now.access().percent().subtract(before.access().percent());
      signals.put(now.code(), new Signal(now.band().name(), trend));
    }
    return signals;
  }
}
