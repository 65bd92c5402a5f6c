package vn.dondoc.inspection;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /inspection?organization=CODE}: the inspection committee's page, on a phone as on a PC —
 * inspections by step with the time limit left, overdue remediation, and one inspection's findings,
 * files and actions, where the team records findings with their evidence and the organisation hands in
 * the documents of its self-report. It reads and writes
 * through {@code /api/inspections}, so it shows exactly what the API lets the user see.
 */
@Controller
class InspectionPageController {

  @GetMapping("/inspection")
  String page(@RequestParam(defaultValue = "") String organization, Model model) {
    model.addAttribute("organization", organization.trim());
    return "inspection";
  }
}
