package vn.dondoc.supervision;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dondoc.organization.Organization;
import vn.dondoc.organization.OrganizationAccess;
import vn.dondoc.platform.security.CurrentUser;

/**
 * {@code /supervision?organization=CODE}: the inspection committee's page, for a phone as for a PC.
 * It reads {@code /api/supervisions} and {@code /api/selections} in the browser, so it shows exactly
 * what the API lets the user see.
 */
@Controller
class SupervisionPageController {

  private final OrganizationAccess access;

  SupervisionPageController(OrganizationAccess access) {
    this.access = access;
  }

  /** {@code title}: the organisation's name when the user sees it, else its code (the API then answers 404). */
  @GetMapping("/supervision")
  String page(@RequestParam(defaultValue = "") String organization, Authentication user, Model model) {
    String code = organization.trim();
    model.addAttribute("organization", code);
    model.addAttribute("title", access.visible(code, CurrentUser.groupIds(user)).map(Organization::name).orElse(code));
    return "supervision";
  }
}
