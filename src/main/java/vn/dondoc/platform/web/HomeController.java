package vn.dondoc.platform.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.dondoc.organization.OrganizationAccess;
import vn.dondoc.organization.ScopeRole;
import vn.dondoc.platform.security.CurrentUser;

/** The start page after login: where each kind of user goes next. */
@Controller
class HomeController {

  private final OrganizationAccess access;

  HomeController(OrganizationAccess access) {
    this.access = access;
  }

  /**
   * {@code organizations}: those the user's groups name, each with a link to its usage statistics;
   * {@code inspectionScopes}: those whose inspection committee he is on, each with links to its inspection and
   * supervision pages.
   */
  @GetMapping("/")
  String home(Authentication user, Model model) {
    model.addAttribute("organizations", access.named(CurrentUser.groupIds(user)));
    // The inspection committee's page, for each scope whose committee the user sits on.
    model.addAttribute("inspectionScopes", access.named(CurrentUser.groupIds(user).stream()
        .filter(group -> ScopeRole.of(group).filter(scoped -> scoped.role() == ScopeRole.INSPECTION).isPresent()).toList()));
    return "home";
  }
}
