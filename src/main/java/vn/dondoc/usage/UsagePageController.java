package vn.dondoc.usage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /usage?organization=CODE}: the usage statistics of an organisation on one page, for a phone
 * as for a PC. The page reads {@code /api/usage} in the browser, so it shows exactly what the API
 * lets the user see (its {@code 404} as a Vietnamese message).
 */
@Controller
class UsagePageController {

  @GetMapping("/usage")
  String page(@RequestParam(defaultValue = "") String organization, Model model) {
    model.addAttribute("organization", organization.trim());
    return "usage";
  }
}
