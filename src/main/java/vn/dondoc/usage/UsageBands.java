package vn.dondoc.usage;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dondoc.organization.Organization;
import vn.dondoc.organization.OrganizationRepository;
import vn.dondoc.platform.time.VietnameseFormat;
import vn.dondoc.usage.BandRepository.Change;

/**
 * The bands each report uses: those of the committee the report is about (the nearest province or
 * commune committee of its organisation), its own when it set them, else those of the committee
 * above it (a commune's province), else the application's. Every banding of a rate goes through
 * {@link #of}; callers have checked who may see and change.
 */
@Service
class UsageBands {

  /** Where the bands of a committee come from. */
  enum Source {
    OWN("Riêng của cấp ủy"),
    INHERITED("Theo cấp ủy cấp trên"),
    DEFAULT("Mặc định của ứng dụng");

    private final String label;

    Source(String label) {
      this.label = label;
    }
  }

  /** The bands in force and the committee that set them, {@code null} for the application's. */
  record Resolved(Bands bands, String setBy) {
  }

  record Limits(BigDecimal commendedFrom, BigDecimal lowUpTo, String text) {
    static Limits of(Bands bands) {
      return bands == null ? null : new Limits(bands.commendedFrom(), bands.lowUpTo(), describe(bands));
    }
  }

  record ChangeView(Limits before, Limits after, String changedBy, LocalDateTime changedAt, String changedAtText) {
  }

  /**
   * A committee's bands: those in force, where they come from ({@code fromCode} the committee that
   * set them, {@code null} for the application's), the application's, and the history, newest first.
   */
  record View(String committeeCode, String committeeName, BigDecimal commendedFrom, BigDecimal lowUpTo, String text,
      Source source, String sourceLabel, String fromCode, String fromName, Limits defaults, List<ChangeView> history) {
  }

  private final BandRepository repository;
  private final OrganizationRepository organizations;
  private final UsageSettings settings;
  private final TransactionTemplate transaction;
  private final Clock clock;

  UsageBands(BandRepository repository, OrganizationRepository organizations, UsageSettings settings,
      TransactionTemplate transaction, Clock clock) {
    this.repository = repository;
    this.organizations = organizations;
    this.settings = settings;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** The bands of every report about this organisation or its subtree. */
  Bands of(Organization organization) {
    return resolved(organization).bands();
  }

  /**
   * The own bands of the deepest organisation of the path that has some (only committees do), else
   * the defaults: a commune's own, else its province's, else the application's.
   *
   * @param path the materialised path, {@code /TU-LC/DU-SLL/CB-BANMOI/}
   */
  static Resolved resolve(String path, Map<String, Bands> own, Bands defaults) {
    List<String> codes = codes(path);
    for (int i = codes.size() - 1; i >= 0; i--) {
      Bands bands = own.get(codes.get(i));
      if (bands != null) {
        return new Resolved(bands, codes.get(i));
      }
    }
    return new Resolved(defaults, null);
  }

  /** The bands of the organisation's committee, where they come from and their history. */
  View view(Organization organization) {
    Organization committee = committee(organization);
    Resolved resolved = resolved(committee);
    Source source = resolved.setBy() == null ? Source.DEFAULT
        : resolved.setBy().equals(committee.code()) ? Source.OWN : Source.INHERITED;
    String fromName = resolved.setBy() == null ? null
        : organizations.find(resolved.setBy()).map(Organization::name).orElse(resolved.setBy());
    List<ChangeView> history = repository.changes(committee.code()).stream().map(UsageBands::view).toList();
    Bands bands = resolved.bands();
    return new View(committee.code(), committee.name(), bands.commendedFrom(), bands.lowUpTo(), describe(bands), source,
        source.label + (fromName == null ? "" : " (" + fromName + ")"), resolved.setBy(), fromName,
        Limits.of(settings.bands()), history);
  }

  /**
   * Sets the committee's own bands ({@code bands} given) or removes them, back to inheriting;
   * recorded with who and when, also when the same limits are set again (someone confirmed them);
   * removing bands it does not have changes and records nothing.
   *
   * @param committee a province or commune committee
   */
  View change(Organization committee, Bands bands, String by) {
    transaction.executeWithoutResult(status -> {
      Bands before = repository.lock(committee.code()).orElse(null);
      if (before != null || bands != null) {
        repository.change(committee.code(), before, bands, by, LocalDateTime.now(clock));
      }
    });
    return view(committee);
  }

  /** {@code Biểu dương: từ 100%; tỷ lệ thấp: trên 0% đến 25%; chưa triển khai: 0%}. */
  static String describe(Bands bands) {
    return Band.COMMENDED.label() + ": từ " + VietnameseFormat.percent(bands.commendedFrom()) + "; "
        + Band.LOW.label().toLowerCase(Locale.ROOT) + ": trên 0% đến " + VietnameseFormat.percent(bands.lowUpTo())
        + "; " + Band.NOT_DEPLOYED.label().toLowerCase(Locale.ROOT) + ": 0%";
  }

  private Resolved resolved(Organization organization) {
    return resolve(organization.path(), repository.own(codes(organization.path())), settings.bands());
  }

  /** The committee whose bands reports about the organisation use: the organisation's scope. */
  private Organization committee(Organization organization) {
    return organization.code().equals(organization.scopeCode()) ? organization
        : organizations.find(organization.scopeCode()).orElseThrow();
  }

  private static List<String> codes(String path) {
    return Arrays.stream(path.split("/")).filter(code -> !code.isEmpty()).toList();
  }

  private static ChangeView view(Change change) {
    return new ChangeView(Limits.of(change.before()), Limits.of(change.after()), change.changedBy(), change.changedAt(),
        VietnameseFormat.moment(change.changedAt()));
  }
}
