package vn.dondoc.usage;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.dondoc.organization.Organization;
import vn.dondoc.organization.OrganizationAccess;
import vn.dondoc.platform.document.PartyDocument;
import vn.dondoc.platform.security.CurrentUser;
import vn.dondoc.platform.tabular.TabularFormat;
import vn.dondoc.platform.web.Downloads;
import vn.dondoc.platform.web.Forbidden;
import vn.dondoc.platform.web.NotFound;
import vn.dondoc.platform.web.Rejected;
import vn.dondoc.usage.UsageViews.RankingView;
import vn.dondoc.usage.UsageViews.RatesView;
import vn.dondoc.usage.UsageViews.ReconciliationView;
import vn.dondoc.usage.UsageViews.TrendPoint;

/**
 * {@code /api/usage}: the three imports and their templates, the snapshots, rates, trend, ranking,
 * letter with its appendix, reconciliation and past reviews of an organisation — each only for an organisation the caller sees ({@code
 * 404} otherwise, so codes of other communes do not leak); imports only by the party-building staff
 * of a scope above it ({@code 403} otherwise).
 */
@RestController
@RequestMapping("/api/usage")
class UsageController {

  private final OrganizationAccess access;
  private final UsageImporter importer;
  private final UsageStatistics statistics;
  private final Clock clock;
  private final UsageReviewHistory reviews;

  UsageController(OrganizationAccess access, UsageImporter importer, UsageStatistics statistics, Clock clock,
      UsageReviewHistory reviews) {
    this.access = access;
    this.importer = importer;
    this.statistics = statistics;
    this.clock = clock;
    this.reviews = reviews;
  }

  /** {@code kind}: {@code app-members}, {@code app-organizations} or {@code member-database}. */
  @PostMapping("/{kind}/import")
  Snapshot importFile(@PathVariable String kind, @RequestPart("file") MultipartFile file,
      @RequestParam("organization") String organization, @RequestParam(name = "asOf", defaultValue = "") String asOf,
      @RequestParam(name = "source", defaultValue = "") String source, Authentication user) throws IOException {
    SnapshotKind chosen = kind(kind);
    Organization scope = seen(organization, user);
    if (!access.mayManage(CurrentUser.groupIds(user), scope)) {
      throw new Forbidden("Chỉ quản trị viên hoặc Ban Xây dựng Đảng của cấp ủy phụ trách " + scope.name()
          + " được nhập số liệu sử dụng của tổ chức này");
    }
    LocalDateTime time = UsageFileParser.parseDateTime(asOf.trim());
    if (time == null) {
      throw new Rejected("asOf", "Thiếu hoặc sai thời điểm số liệu: ghi dạng 10/03/2026 17:00 hoặc 2026-03-10T17:00");
    }
    return importer.importFile(chosen, scope, time, source.isBlank() ? chosen.defaultSource() : source.trim(),
        Objects.requireNonNullElse(file.getOriginalFilename(), "tep"), file.getBytes(), CurrentUser.id(user));
  }

  @GetMapping("/{kind}/template")
  ResponseEntity<byte[]> template(@PathVariable String kind, @RequestParam(defaultValue = "csv") String format) {
    SnapshotKind chosen = kind(kind);
    TabularFormat tabular = TabularFormat.of(format);
    return Downloads.file("mau-" + chosen.templateName(), tabular, tabular.write("Mau", chosen.headers(), chosen.example()));
  }

  @GetMapping("/snapshots")
  List<Snapshot> snapshots(@RequestParam String organization, Authentication user) {
    return statistics.snapshots(seen(organization, user));
  }

  /** {@code members}: a member database snapshot to correct the app's figures with. */
  @GetMapping("/rates")
  RatesView rates(@RequestParam String organization, @RequestParam long app, @RequestParam(required = false) Long members,
      Authentication user) {
    return statistics.rates(seen(organization, user), app, members);
  }

  @GetMapping("/trend")
  List<TrendPoint> trend(@RequestParam String organization, Authentication user) {
    return statistics.trend(seen(organization, user));
  }

  /** {@code measure}: {@code access} (default), {@code activation} or {@code regular-use}. */
  @GetMapping("/ranking")
  RankingView ranking(@RequestParam String organization, @RequestParam long app, @RequestParam(required = false) Long members,
      @RequestParam(defaultValue = "access") String measure, Authentication user) {
    return statistics.ranking(seen(organization, user), app, members, measure(measure));
  }

  /** The draft letter (DOCX) on the ranking report; {@code number}, {@code place}, {@code signer} fill its gaps. */
  @GetMapping("/letter")
  ResponseEntity<byte[]> letter(@RequestParam String organization, @RequestParam long app,
      @RequestParam(required = false) Long members, @RequestParam(defaultValue = "access") String measure,
      @RequestParam(required = false) String number, @RequestParam(required = false) String place,
      @RequestParam(required = false) String signer, Authentication user) {
    Organization root = seen(organization, user);
    byte[] letter = statistics.letter(root, app, members, measure(measure),
        new LetterFields(number, place, signer, LocalDate.now(clock)));
    return Downloads.file("cong-van-su-dung-so-tay-" + root.code() + ".docx", PartyDocument.MEDIA_TYPE, letter);
  }

  /** The appendix (XLSX) of the letter: every organisation of the subtree with its figures and rates. */
  @GetMapping("/appendix")
  ResponseEntity<byte[]> appendix(@RequestParam String organization, @RequestParam long app,
      @RequestParam(required = false) Long members, Authentication user) {
    Organization root = seen(organization, user);
    return Downloads.file("phu-luc-su-dung-so-tay-" + root.code(), TabularFormat.XLSX,
        statistics.appendix(root, app, members));
  }

  @GetMapping("/reconciliation")
  ReconciliationView reconciliation(@RequestParam String organization, @RequestParam long app, @RequestParam long members,
      Authentication user) {
    return statistics.reconciliation(seen(organization, user), app, members);
  }

  /**
   * {@code category}: {@code missing-from-app}, {@code not-in-database}, {@code exempt-not-in-app}
   * or {@code organization-mismatch}; the list as CSV (default) or XLSX.
   */
  @GetMapping("/reconciliation/members")
  ResponseEntity<byte[]> discrepancyList(@RequestParam String organization, @RequestParam long app,
      @RequestParam long members, @RequestParam String category, @RequestParam(defaultValue = "csv") String format,
      Authentication user) {
    Discrepancy kind = Discrepancy.ofPath(category).orElseThrow(() -> new Rejected("category", "Loại \"" + category
        + "\" không có: missing-from-app, not-in-database, exempt-not-in-app, organization-mismatch"));
    TabularFormat tabular = TabularFormat.of(format);
    Organization root = seen(organization, user);
    return Downloads.file(kind.fileName() + "-" + root.code(), tabular,
        statistics.discrepancyList(root, app, members, kind, tabular));
  }

  /** The reviews of the app snapshots of the organisation and those below it: who decided what, and what followed. */
  @GetMapping("/reviews")
  List<UsageReviewHistory.ReviewView> reviews(@RequestParam String organization, Authentication user) {
    return reviews.of(seen(organization, user));
  }

  private static Measure measure(String parameter) {
    return Measure.of(parameter).orElseThrow(() -> new Rejected("measure", "Chỉ tiêu \"" + parameter
        + "\" không có: access, activation, regular-use"));
  }

  private static SnapshotKind kind(String path) {
    return SnapshotKind.ofPath(path).orElseThrow(() -> new NotFound("Không có loại số liệu \"" + path
        + "\": app-members, app-organizations, member-database"));
  }

  private Organization seen(String code, Authentication user) {
    return seen(access, code, user);
  }

  /** The organisation if the user sees it; {@code 404} otherwise, so codes of other communes do not leak. */
  static Organization seen(OrganizationAccess access, String code, Authentication user) {
    return access.seen(code, CurrentUser.groupIds(user));
  }
}
