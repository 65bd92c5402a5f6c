package vn.dondoc.platform.security;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

  @GetMapping(SecurityPaths.LOGIN)
  String login() {
    return "login";
  }
}
