package vn.dondoc.supervision;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /supervision?organization=CODE}: the inspection committee's page, for a phone as for a PC.
 * It reads {@code /api/supervisions} and {@code /api/selections} in the browser, so it shows exactly
 * what the API lets the user see.
 */
@Controller
class SupervisionPageController {

  @GetMapping("/supervision")
  String page(@RequestParam(defaultValue = "") String organization, Model model) {
    model.addAttribute("organization", organization.trim());
    return "supervision";
  }
}
