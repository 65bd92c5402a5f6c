package vn.dondoc.usage;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.organization.Organization;
import vn.dondoc.organization.OrganizationAccess;
import vn.dondoc.platform.security.CurrentUser;
import vn.dondoc.platform.tabular.TabularFormat;
import vn.dondoc.platform.web.Downloads;
import vn.dondoc.platform.web.Forbidden;
import vn.dondoc.platform.web.NotFound;
import vn.dondoc.platform.web.Rejected;
import vn.dondoc.usage.UsageSupport.PairList;
import vn.dondoc.usage.UsageSupport.Proposed;

/**
 * {@code /api/usage/support}: the support pairs of an organisation's subtree (names included: only
 * users who see the organisation get them, {@code 404} for the others), their export, proposing
 * them (administrators and the party-building staff of a scope above, as imports), and handing a
 * pair to another helper or recording its outcome (those, and the leaders of the member's branch
 * or of an organisation above it: {@code 403} for others who see it).
 */
@RestController
@RequestMapping("/api/usage/support")
class UsageSupportController {

  /** As {@code /api/notifications}; the export has them all. */
  static final int MAX_PAGE_SIZE = 100;

  record Reassignment(String helperKind, String helperMemberKey, String helperName) {
  }

  record OutcomeRecord(String outcome, String reason) {
  }

  private final OrganizationAccess access;
  private final UsageSupport support;

  UsageSupportController(OrganizationAccess access, UsageSupport support) {
    this.access = access;
    this.support = support;
  }

  /**
   * A page of the pairs, as the notifications list pages; {@code outcome}: only the pairs with this
   * outcome ({@code PENDING}, {@code LOGGED_IN}, {@code CANNOT}); the counts are of all.
   */
  @GetMapping("/pairs")
  PairList pairs(@RequestParam String organization, @RequestParam(required = false) String outcome,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size, Authentication user) {
    Organization root = UsageController.seen(access, organization, user);
    SupportOutcome filter = outcome == null || outcome.isBlank() ? null : SupportOutcome.of(outcome)
        .orElseThrow(() -> new Rejected("outcome", "Kết quả \"" + outcome + "\" không có: PENDING, LOGGED_IN, CANNOT"));
    if (page < 0) {
      throw new Rejected("page", "Trang (page) phải từ 0 trở lên");
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new Rejected("size", "Số cặp mỗi trang (size) phải từ 1 đến " + MAX_PAGE_SIZE);
    }
    return support.list(root, filter, page, size);
  }

  @GetMapping("/pairs/export")
  ResponseEntity<byte[]> export(@RequestParam String organization, @RequestParam(defaultValue = "csv") String format,
      Authentication user) {
    Organization root = UsageController.seen(access, organization, user);
    TabularFormat tabular = TabularFormat.of(format);
    return Downloads.file("ho-tro-su-dung-so-tay-" + root.code(), tabular, support.export(root, tabular));
  }

  @PostMapping("/propose")
  Proposed propose(@RequestParam String organization, Authentication user) {
    Organization root = UsageController.seen(access, organization, user);
    if (!access.mayManage(CurrentUser.groupIds(user), root)) {
      throw new Forbidden("Chỉ quản trị viên hoặc Ban Xây dựng Đảng của cấp ủy phụ trách " + root.name()
          + " được đề xuất hỗ trợ đảng viên của tổ chức này");
    }
    return support.propose(root, CurrentUser.id(user));
  }

  @PostMapping("/pairs/{id}/helper")
  SupportPair reassign(@PathVariable long id, @RequestBody(required = false) Reassignment body, Authentication user) {
    Reassignment given = Objects.requireNonNullElse(body, new Reassignment(null, null, null));
    return support.reassign(actionable(id, user), given.helperKind(), given.helperMemberKey(), given.helperName(),
        CurrentUser.id(user));
  }

  @PostMapping("/pairs/{id}/outcome")
  SupportPair outcome(@PathVariable long id, @RequestBody(required = false) OutcomeRecord body, Authentication user) {
    OutcomeRecord given = Objects.requireNonNullElse(body, new OutcomeRecord(null, null));
    return support.recordOutcome(actionable(id, user), given.outcome(), given.reason(), CurrentUser.id(user));
  }

  /** The pair, if the user sees its branch ({@code 404} otherwise) and may act there ({@code 403} otherwise). */
  private SupportPair actionable(long id, Authentication user) {
    Collection<String> groups = CurrentUser.groupIds(user);
    SupportPair pair = support.pair(id).orElseThrow(() -> new NotFound("Không có cặp hỗ trợ số " + id));
    Organization branch = access.visible(pair.organizationCode(), groups)
        .orElseThrow(() -> new NotFound("Không có cặp hỗ trợ số " + id));
    boolean leader = Arrays.stream(branch.path().split("/")).filter(code -> !code.isEmpty())
        .anyMatch(code -> groups.contains(Organization.groupId(code)));
    if (!leader && !access.mayManage(groups, branch)) {
      throw new Forbidden("Chỉ bí thư, phó bí thư của " + branch.name() + " (hoặc của tổ chức cấp trên) và Ban Xây dựng"
          + " Đảng được giao người hỗ trợ và ghi nhận kết quả hỗ trợ của chi bộ này");
    }
    return pair;
  }
}
