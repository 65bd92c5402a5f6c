package vn.dondoc.evaluation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /evaluation?organization=CODE}: the ratings of the organisations below one, on a phone as
 * on a PC — the distribution by band, the quota, every rating, the downloads. The page reads
 * {@code /api/evaluations} in the browser, so it shows exactly what the API lets the user see.
 */
@Controller
class EvaluationPageController {

  @GetMapping("/evaluation")
  String page(@RequestParam(defaultValue = "") String organization, Model model) {
    model.addAttribute("organization", organization.trim());
    return "evaluation";
  }
}
