package vn.dondoc.usage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import vn.dondoc.organization.Organization;
import vn.dondoc.organization.OrganizationRepository;
import vn.dondoc.platform.tabular.RowCells;
import vn.dondoc.platform.tabular.TabularFormat;
import vn.dondoc.platform.tabular.VietnameseText;
import vn.dondoc.platform.time.VietnameseFormat;
import vn.dondoc.platform.web.NotFound;
import vn.dondoc.platform.web.Rejected;
import vn.dondoc.usage.UsageRepository.ListedMember;
import vn.dondoc.usage.UsageViews.BandList;
import vn.dondoc.usage.UsageViews.Category;
import vn.dondoc.usage.UsageViews.OrganizationRates;
import vn.dondoc.usage.UsageViews.Ranked;
import vn.dondoc.usage.UsageViews.RankingView;
import vn.dondoc.usage.UsageViews.RateView;
import vn.dondoc.usage.UsageViews.RatesView;
import vn.dondoc.usage.UsageViews.ReconciliationRow;
import vn.dondoc.usage.UsageViews.ReconciliationView;
import vn.dondoc.usage.UsageViews.TrendPoint;

/**
 * Rates, trend, ranking and reconciliation of an organisation's subtree. Callers have checked that
 * the user sees the organisation; this checks that the snapshots cover it. Rates are banded with the
 * bands of the committee of the organisation asked for. Counting is done by the
 * database, one query per app snapshot counted (the trend counts each of them); the roll-up follows
 * the organisations' paths in memory.
 */
@Service
class UsageStatistics {

  static final List<String> DISCREPANCY_HEADERS = List.of("Mã đảng viên", "Họ và tên", "Mã tổ chức (CSDL)",
      "Mã tổ chức (ứng dụng)", "Trạng thái (CSDL)", "Miễn sinh hoạt (ứng dụng)");

  private final UsageRepository repository;
  private final OrganizationRepository organizations;
  private final UsageSettings settings;
  private final UsageBands bands;

  UsageStatistics(UsageRepository repository, OrganizationRepository organizations, UsageSettings settings,
      UsageBands bands) {
    this.repository = repository;
    this.organizations = organizations;
    this.settings = settings;
    this.bands = bands;
  }

  List<Snapshot> snapshots(Organization root) {
    return repository.snapshotsAround(root.path());
  }

  RatesView rates(Organization root, long appId, Long databaseId) {
    Snapshot app = appSnapshot(appId, root);
    Snapshot database = databaseId == null ? null : databaseSnapshot(databaseId, root, app);
    Tree tree = tree(root, app, database);
    Bands limits = bands.of(root);
    List<OrganizationRates> rows = tree.subtree.stream()
        .map(o -> OrganizationRates.of(o, tree.figures.get(o.code()), limits)).toList();
    return new RatesView(app.id(), databaseId, app.asOf(), VietnameseFormat.asOfFootnote(app.asOf()),
        UsageBands.describe(limits), rows);
  }

  /**
   * The organisation's figures in every app snapshot covering it, oldest first. Each per-member app
   * snapshot is corrected by the newest member database snapshot covering it that is not later than
   * the app's (one of the same time included); aggregates are not corrected.
   */
  List<TrendPoint> trend(Organization root) {
    List<Snapshot> covering = repository.snapshotsCovering(root.path());
    List<Organization> subtree = organizations.within(List.of(root.path()));
    List<TrendPoint> points = new ArrayList<>();
    Snapshot database = null;
    for (Snapshot snapshot : covering) {
      if (snapshot.kind() == SnapshotKind.MEMBER_DATABASE) {
        database = snapshot;
        continue;
      }
      Snapshot correction = snapshot.kind() == SnapshotKind.APP_MEMBERS ? database : null;
      points.add(TrendPoint.of(snapshot, correction, tree(subtree, snapshot, correction).figures.get(root.code())));
    }
    return points;
  }

  RankingView ranking(Organization root, long appId, Long databaseId, Measure measure) {
    Snapshot app = appSnapshot(appId, root);
    Snapshot database = databaseId == null ? null : databaseSnapshot(databaseId, root, app);
    Tree tree = tree(root, app, database);
    Bands limits = bands.of(root);
    Map<Band, List<Ranked>> listed = new EnumMap<>(Band.class);
    for (Band band : Band.values()) {
      listed.put(band, new ArrayList<>());
    }
    tree.subtree.stream()
        .filter(o -> root.code().equals(o.parentCode()))
        .sorted(Comparator.<Organization, Rate>comparing(o -> measure.of(tree.figures.get(o.code())), Rate::descending)
            .thenComparing(o -> VietnameseText.fold(o.name()))
            .thenComparing(Organization::code))
        .forEach(o -> {
          Rate rate = measure.of(tree.figures.get(o.code()));
          listed.get(Band.of(rate, limits)).add(new Ranked(o.code(), o.name(), RateView.of(rate),
              (o.name() + " " + rate.text()).trim()));
        });
    Rate total = measure.of(tree.figures.get(root.code()));
    String summary = VietnameseFormat.number(total.count()) + "/" + VietnameseFormat.number(total.denominator())
        + " đảng viên đang sinh hoạt" + (total.defined() ? ", đạt tỷ lệ " + total.text() : "");
    return new RankingView(root.code(), root.name(), measure.label(), RateView.of(total), summary,
        listed.entrySet().stream().map(e -> new BandList(e.getKey(), e.getKey().label(), e.getValue())).toList(),
        UsageBands.describe(limits), VietnameseFormat.asOfFootnote(app.asOf()));
  }

  /** The draft letter on the ranking report; the issuer block names the committee above the organisation too. */
  byte[] letter(Organization root, long appId, Long databaseId, Measure measure, LetterFields fields) {
    RankingView ranking = ranking(root, appId, databaseId, measure);
    Organization above = root.parentCode() == null ? null : organizations.find(root.parentCode()).orElse(null);
    return UsageLetter.docx(above, root, ranking, fields);
  }

  byte[] appendix(Organization root, long appId, Long databaseId) {
    return UsageAppendix.xlsx(root, rates(root, appId, databaseId));
  }

  ReconciliationView reconciliation(Organization root, long appId, long databaseId) {
    Snapshot app = appSnapshot(appId, root);
    Snapshot database = databaseSnapshot(databaseId, root, app);
    Tree tree = tree(root, app, database);
    List<ReconciliationRow> rows = tree.subtree.stream()
        .map(o -> new ReconciliationRow(o.code(), o.name(), o.parentCode(), tree.discrepancies.get(o.code()))).toList();
    Discrepancies total = tree.discrepancies.get(root.code());
    List<Category> categories = Arrays.stream(Discrepancy.values())
        .map(kind -> new Category(kind.path(), kind.label(), total.count(kind))).toList();
    return new ReconciliationView(app.id(), database.id(), VietnameseFormat.asOfFootnote(app.asOf()), categories, rows);
  }

  byte[] discrepancyList(Organization root, long appId, long databaseId, Discrepancy kind, TabularFormat format) {
    Snapshot app = appSnapshot(appId, root);
    databaseSnapshot(databaseId, root, app);
    List<List<String>> rows = new ArrayList<>();
    for (ListedMember member : repository.discrepantMembers(kind, appId, databaseId, root.path())) {
      rows.add(List.of(member.key(), orEmpty(member.name()), orEmpty(member.databaseOrganization()),
          orEmpty(member.appOrganization()), member.exemptInDatabase() == null ? ""
              : member.exemptInDatabase() ? UsageColumns.EXEMPT : UsageColumns.IN_ACTIVITY,
          member.exemptInApp() == null ? "" : member.exemptInApp() ? RowCells.YES : RowCells.NO));
    }
    return format.write("Doi chieu", DISCREPANCY_HEADERS, rows);
  }

  /**
   * Figures of every organisation of the subtree, rolled up; discrepancies when corrected. The
   * repository counts the whole snapshot; the roll-up keeps only the subtree's organisations.
   */
  private Tree tree(Organization root, Snapshot app, Snapshot database) {
    return tree(organizations.within(List.of(root.path())), app, database);
  }

  Tree tree(List<Organization> subtree, Snapshot app, Snapshot database) {
    Map<String, Figures> own;
    Map<String, Discrepancies> discrepancies = Map.of();
    if (database != null) {
      UsageRepository.Corrected corrected = repository.corrected(app.id(), database.id(), settings.regularMinAccesses());
      own = corrected.figures();
      discrepancies = Rollup.of(subtree, corrected.discrepancies(), Discrepancies.ZERO, Discrepancies::plus);
    } else if (app.kind() == SnapshotKind.APP_MEMBERS) {
      own = repository.appMemberFigures(app.id(), settings.regularMinAccesses());
    } else {
      own = repository.organizationFigures(app.id());
    }
    return new Tree(subtree, Rollup.of(subtree, own, Figures.ZERO, Figures::plus), discrepancies);
  }

  record Tree(List<Organization> subtree, Map<String, Figures> figures, Map<String, Discrepancies> discrepancies) {
  }

  private Snapshot appSnapshot(long id, Organization root) {
    Snapshot app = covering(id, root);
    if (!app.kind().isApp()) {
      throw new Rejected("app", "Số liệu số " + id + " là CSDL đảng viên, không phải thống kê của ứng dụng");
    }
    return app;
  }

  /** Reconciliation matches members, so it needs the app's per-member statistics. */
  private Snapshot databaseSnapshot(long id, Organization root, Snapshot app) {
    Snapshot database = covering(id, root);
    if (database.kind() != SnapshotKind.MEMBER_DATABASE) {
      throw new Rejected("members", "Số liệu số " + id + " không phải CSDL đảng viên");
    }
    if (app.kind() != SnapshotKind.APP_MEMBERS) {
      throw new Rejected("app", "Chỉ đối chiếu được với thống kê của ứng dụng theo từng đảng viên");
    }
    return database;
  }

  /** The snapshot, if it covers the organisation; otherwise it does not exist for this question. */
  private Snapshot covering(long id, Organization root) {
    return repository.snapshot(id)
        .filter(s -> organizations.find(s.organizationCode()).filter(o -> root.isWithin(o.path())).isPresent())
        .orElseThrow(() -> new NotFound("Không có số liệu số " + id + " của " + root.name()));
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }
}
