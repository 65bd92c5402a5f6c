package vn.dondoc.usage;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dondoc.organization.Organization;
import vn.dondoc.organization.OrganizationRepository;
import vn.dondoc.platform.tabular.RowCells;
import vn.dondoc.platform.tabular.TabularFormat;
import vn.dondoc.platform.time.VietnameseFormat;
import vn.dondoc.platform.web.Rejected;
import vn.dondoc.usage.SupportRules.Member;
import vn.dondoc.usage.SupportRules.Proposal;

/**
 * Support actions of the usage review: members in activity who have not accessed the app and are
 * elderly or have no smartphone are paired with a younger member of their branch who uses it, or
 * with the Youth Union; the outcome is recorded by hand, or confirmed by a newer app snapshot in
 * which the member accessed. Pairs are proposed from the newest member database and app snapshots
 * covering the organisation; the secretaries of the branches that got new pairs are notified.
 * Callers have checked who may see and act.
 */
@Service
public class UsageSupport {

  static final List<String> EXPORT_HEADERS = List.of("Mã đảng viên", "Họ và tên", "Mã tổ chức", "Tên tổ chức", "Năm sinh",
      "Lý do cần hỗ trợ", "Chưa có tài khoản trên ứng dụng", "Người hỗ trợ", "Hình thức hỗ trợ", "Mã đảng viên hỗ trợ", "Người giao", "Thời điểm giao",
      "Kết quả", "Lý do không thực hiện được", "Người ghi nhận", "Thời điểm ghi nhận");
  static final int MAX_TEXT = 255;
  static final int MAX_REASON = 1000;
  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  /** The outcome of a proposal: how many pairs it made, and how many members already had one. */
  record Proposed(long appSnapshotId, long databaseSnapshotId, String footnote, int proposed, int withMember,
      int withYouthUnion, int alreadyPaired) {
  }

  record Counts(int total, int pending, int loggedIn, int cannot) {
  }

  /**
   * A page of the pairs of an organisation's subtree, with their counts by outcome (of all pairs,
   * whatever the filter).
   *
   * @param total the pairs the filter selects, on every page
   */
  record PairList(String code, String name, Counts counts, int page, int size, int total, List<SupportPair> pairs) {
  }

  private final SupportRepository pairs;
  private final UsageRepository usage;
  private final OrganizationRepository organizations;
  private final UsageRemediation remediation;
  private final SupportSettings settings;
  private final SupportNotifications notifications;
  private final TransactionTemplate transaction;
  private final Clock clock;

  UsageSupport(SupportRepository pairs, UsageRepository usage, OrganizationRepository organizations,
      UsageRemediation remediation, SupportSettings settings, SupportNotifications notifications,
      TransactionTemplate transaction, Clock clock) {
    this.pairs = pairs;
    this.usage = usage;
    this.organizations = organizations;
    this.remediation = remediation;
    this.settings = settings;
    this.notifications = notifications;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** Proposes pairs for the subtree from the newest app (per member) and member database snapshots covering it. */
  Proposed propose(Organization root, String by) {
    Snapshot app = newest(root, SnapshotKind.APP_MEMBERS).orElseThrow(() -> new Rejected("organization",
        "Chưa có số liệu ứng dụng theo từng đảng viên của " + root.name() + " để đề xuất hỗ trợ"));
    return propose(root, app, by).orElseThrow(() -> new Rejected("organization",
        "Chưa có số liệu CSDL đảng viên của " + root.name() + " (năm sinh, điện thoại thông minh) để đề xuất hỗ trợ"));
  }

  /**
   * After the review of an app snapshot chose remediation: pairs for the organisations directly
   * below in the low and not-deployed bands, as the remediation directive names them.
   *
   * @param by who reviewed; the snapshot's importer when the engine does not know
   * @return the pairs made; none without a member database covering them
   */
  public int proposeForRemediation(long appSnapshotId, String by) {
    Snapshot app = usage.snapshot(appSnapshotId).orElseThrow();
    if (app.kind() != SnapshotKind.APP_MEMBERS) {
      return 0;
    }
    Organization root = organizations.find(app.organizationCode()).orElseThrow();
    String assigner = by == null ? app.importedBy() : by;
    return remediation.toRemediate(root, app).stream()
        .map(ranked -> organizations.find(ranked.code()).orElseThrow())
        .mapToInt(organization -> propose(organization, app, assigner).map(Proposed::proposed).orElse(0))
        .sum();
  }

  /** Empty without a member database snapshot covering the organisation. */
  private Optional<Proposed> propose(Organization root, Snapshot app, String by) {
    return newest(root, SnapshotKind.MEMBER_DATABASE).map(database -> transaction.execute(status -> {
      pairs.lockSubtree(root.path());
      List<Member> members = pairs.members(app.id(), database.id(), root.path());
      Set<String> paired = pairs.notToPair(database.id(), root.path(), app.asOf());
      SupportRules rules = new SupportRules(settings, app.asOf().getYear());
      List<Proposal> proposals = rules.propose(members, paired, pairs.helperLoad(root.path()));
      pairs.insert(proposals, app.id(), database.id(), settings.youthUnion(), by, LocalDateTime.now(clock));
      notifications.proposed(proposals, app);
      int withMember = (int) proposals.stream().filter(p -> p.helper() != null).count();
      int alreadyPaired = (int) members.stream().filter(rules::needsHelp).filter(m -> paired.contains(m.key())).count();
      return new Proposed(app.id(), database.id(), VietnameseFormat.asOfFootnote(app.asOf()), proposals.size(), withMember,
          proposals.size() - withMember, alreadyPaired);
    }));
  }

  /**
   * A new app snapshot closes the open pairs under its organisation whose member accessed since the
   * snapshot the pair came from: installed and logged in, recorded as by the importer.
   */
  int confirmFrom(Snapshot app, Organization scope, String importedBy) {
    return app.kind() == SnapshotKind.APP_MEMBERS
        ? pairs.confirmFrom(app, scope.path(), importedBy, LocalDateTime.now(clock)) : 0;
  }

  Optional<SupportPair> pair(long id) {
    return pairs.pair(id);
  }

  /** Page {@code page} (from 0) of {@code size} pairs, with the outcome only when one is given. */
  PairList list(Organization root, SupportOutcome outcome, int page, int size) {
    Map<SupportOutcome, Integer> counts = pairs.counts(root.path());
    int all = counts.values().stream().mapToInt(Integer::intValue).sum();
    int total = outcome == null ? all : counts.getOrDefault(outcome, 0);
    return new PairList(root.code(), root.name(), new Counts(all, counts.getOrDefault(SupportOutcome.PENDING, 0),
        counts.getOrDefault(SupportOutcome.LOGGED_IN, 0), counts.getOrDefault(SupportOutcome.CANNOT, 0)), page, size,
        total, pairs.pairs(root.path(), outcome, (long) page * size, size));
  }

  byte[] export(Organization root, TabularFormat format) {
    List<List<String>> rows = new ArrayList<>();
    for (SupportPair p : pairs.pairs(root.path())) {
      rows.add(List.of(p.memberKey(), text(p.memberName()), p.organizationCode(), p.organizationName(),
          p.birthYear() == null ? "" : String.valueOf(p.birthYear()), p.needs(),
          p.missingFromApp() ? RowCells.YES : RowCells.NO, p.helperName(), p.helperKindLabel(),
          text(p.helperMemberKey()), p.assignedBy(), MOMENT.format(p.assignedAt()), p.outcomeLabel(),
          text(p.outcomeReason()), text(p.outcomeBy()), p.outcomeAt() == null ? "" : MOMENT.format(p.outcomeAt())));
    }
    return format.write("Ho tro", EXPORT_HEADERS, rows);
  }

  /**
   * Hands an open pair to another helper: a member of the branch under the same rules as a
   * proposal (uses the app, younger than the limit, below his capacity), or a body named as text.
   */
  SupportPair reassign(SupportPair pair, String kindText, String memberKey, String name, String by) {
    requireOpen(pair);
    HelperKind kind = HelperKind.of(kindText).orElseThrow(() -> new Rejected("helperKind",
        "Hình thức hỗ trợ \"" + Optional.ofNullable(kindText).orElse("") + "\" không có: MEMBER (đảng viên trẻ cùng chi bộ),"
            + " YOUTH_UNION (Đoàn Thanh niên), DIGITAL_TEAM (Tổ công nghệ số cộng đồng)"));
    LocalDateTime now = LocalDateTime.now(clock);
    if (kind == HelperKind.MEMBER) {
      Member helper = helper(pair, memberKey);
      pairs.reassign(pair.id(), kind, helper.key(), SupportRepository.helperName(helper), by, now);
    } else {
      String named = name == null || name.isBlank() ? kind.label() : name.trim();
      if (named.length() > MAX_TEXT) {
        throw new Rejected("helperName", "Tên người hoặc tổ hỗ trợ dài quá " + MAX_TEXT + " ký tự");
      }
      pairs.reassign(pair.id(), kind, null, named, by, now);
    }
    return pairs.pair(pair.id()).orElseThrow();
  }

  /** Records what came of a pair: logged in, or cannot with the reason; a recorded outcome may be corrected. */
  SupportPair recordOutcome(SupportPair pair, String outcomeText, String reason, String by) {
    SupportOutcome outcome = SupportOutcome.of(outcomeText).filter(o -> o != SupportOutcome.PENDING)
        .orElseThrow(() -> new Rejected("outcome", "Kết quả \"" + Optional.ofNullable(outcomeText).orElse("")
            + "\" không có: LOGGED_IN (đã cài đặt và đăng nhập) hoặc CANNOT (không thực hiện được)"));
    String why = reason == null ? "" : reason.trim();
    if (outcome == SupportOutcome.CANNOT && why.isEmpty()) {
      throw new Rejected("reason", "Ghi rõ lý do không thực hiện được");
    }
    if (why.length() > MAX_REASON) {
      throw new Rejected("reason", "Lý do dài quá " + MAX_REASON + " ký tự");
    }
    pairs.recordOutcome(pair.id(), outcome, why.isEmpty() ? null : why, by, LocalDateTime.now(clock));
    return pairs.pair(pair.id()).orElseThrow();
  }

  private Member helper(SupportPair pair, String memberKey) {
    String given = memberKey == null ? "" : memberKey.trim();
    // Keys are stored upper-case, but for the hash of a citizen id, which is taken as listed.
    String key = given.startsWith(MemberKeys.HASH_PREFIX) ? given : given.toUpperCase(Locale.ROOT);
    if (key.isEmpty()) {
      throw new Rejected("helperMemberKey", "Nhập mã đảng viên của người hỗ trợ");
    }
    Organization branch = organizations.find(pair.organizationCode()).orElseThrow();
    Snapshot app = newest(branch, SnapshotKind.APP_MEMBERS).orElseThrow();
    Snapshot database = newest(branch, SnapshotKind.MEMBER_DATABASE).orElseThrow();
    Member helper = pairs.member(app.id(), database.id(), key).orElseThrow(() -> new Rejected("helperMemberKey",
        "Không có đảng viên đang sinh hoạt mã \"" + key + "\" trong CSDL đảng viên"));
    new SupportRules(settings, app.asOf().getYear())
        .whyNotHelper(helper, pair.organizationCode(), pairs.helperLoad(helper.key(), pair.id()))
        .ifPresent(why -> {
          throw new Rejected("helperMemberKey", "Đảng viên \"" + key + "\" không hỗ trợ được: " + why);
        });
    return helper;
  }

  private static void requireOpen(SupportPair pair) {
    if (!pair.open()) {
      throw new Rejected("id", "Cặp hỗ trợ số " + pair.id() + " đã có kết quả (" + pair.outcomeLabel()
          + "), không giao lại được");
    }
  }

  /** The newest snapshot of the kind covering the organisation's whole subtree (its own or one above it). */
  private Optional<Snapshot> newest(Organization root, SnapshotKind kind) {
    return usage.snapshotsCovering(root.path()).stream().filter(s -> s.kind() == kind)
        .max(Comparator.comparing(Snapshot::asOf).thenComparing(Snapshot::id));
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
