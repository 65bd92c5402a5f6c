package vn.dondoc.usage;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.organization.Organization;
import vn.dondoc.organization.OrganizationAccess;
import vn.dondoc.organization.ScopeRole;
import vn.dondoc.platform.security.CurrentUser;
import vn.dondoc.platform.web.FieldError;
import vn.dondoc.platform.web.Forbidden;
import vn.dondoc.platform.web.Rejected;

/**
 * {@code /api/usage/bands}: the bands of the ranking report of a committee — read by whoever sees
 * the organisation ({@code 404} otherwise), set or removed by administrators and the party-building
 * staff of that committee ({@code 403} for others who see it).
 */
@RestController
@RequestMapping("/api/usage/bands")
class UsageBandsController {

  /** Texts, so that {@code "25,5"} and a wrong value get a Vietnamese answer naming the field; JSON numbers are read as well. */
  record BandsRequest(String commendedFrom, String lowUpTo) {
  }

  private final OrganizationAccess access;
  private final UsageBands bands;

  UsageBandsController(OrganizationAccess access, UsageBands bands) {
    this.access = access;
    this.bands = bands;
  }

  /** Any organisation: the bands of its committee, which reports about it use. */
  @GetMapping
  UsageBands.View get(@RequestParam String organization, Authentication user) {
    return bands.view(UsageController.seen(access, organization, user));
  }

  @PutMapping
  UsageBands.View put(@RequestParam String organization, @RequestBody(required = false) BandsRequest body,
      Authentication user) {
    Organization committee = editable(organization, user);
    BandsRequest given = Objects.requireNonNullElse(body, new BandsRequest(null, null));
    List<FieldError> errors = new ArrayList<>();
    BigDecimal commendedFrom = percent(Bands.COMMENDED_FROM, "Mức biểu dương", given.commendedFrom(), errors);
    BigDecimal lowUpTo = percent(Bands.LOW_UP_TO, "Mức tỷ lệ thấp", given.lowUpTo(), errors);
    if (errors.isEmpty()) {
      errors.addAll(Bands.problems(commendedFrom, lowUpTo));
    }
    if (!errors.isEmpty()) {
      throw new Rejected(errors);
    }
    return bands.change(committee, new Bands(commendedFrom, lowUpTo), CurrentUser.id(user));
  }

  /** Removes the committee's own bands: it uses those of the committee above it, or the application's, again. */
  @DeleteMapping
  UsageBands.View delete(@RequestParam String organization, Authentication user) {
    return bands.change(editable(organization, user), null, CurrentUser.id(user));
  }

  /** The committee, if the user sees it ({@code 404}), may change its bands ({@code 403}) and it is a committee ({@code 400}). */
  private Organization editable(String code, Authentication user) {
    Organization organization = UsageController.seen(access, code, user);
    if (!OrganizationAccess.hasRole(CurrentUser.groupIds(user), organization.scopeCode(), ScopeRole.PARTY_BUILDING)) {
      throw new Forbidden("Chỉ quản trị viên hoặc Ban Xây dựng Đảng của cấp ủy phụ trách " + organization.name()
          + " được thay đổi mức xếp loại sử dụng ứng dụng");
    }
    if (!organization.type().isScope()) {
      throw new Rejected("organization", "Mức xếp loại đặt cho cấp ủy (Tỉnh ủy, Đảng ủy xã, phường), không cho "
          + organization.name() + ": dùng organization=" + organization.scopeCode());
    }
    return organization;
  }

  /** {@code 25}, {@code 25.5}, {@code 25,5} or {@code 25,5%}; {@code null} when absent (the rules then say it is missing). */
  private static BigDecimal percent(String field, String label, String text, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(text.trim().replace("%", "").trim().replace(',', '.'));
    } catch (NumberFormatException e) {
      errors.add(new FieldError(field, label + " phải là một số phần trăm, ví dụ 25 hoặc 25,5, không phải \"" + text + "\""));
      return null;
    }
  }
}
