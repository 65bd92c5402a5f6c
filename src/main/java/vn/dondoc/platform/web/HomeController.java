package vn.dondoc.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after login: where each kind of user goes next. */
@Controller
class HomeController {

  @GetMapping("/")
  String home() {
    return "home";
  }
}
