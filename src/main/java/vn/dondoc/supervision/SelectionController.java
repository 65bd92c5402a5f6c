package vn.dondoc.supervision;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.platform.security.CurrentUser;

/** {@code /api/selections}: run the selection of a committee for a period; read the newest one. */
@RestController
@RequestMapping("/api/selections")
class SelectionController {

  record SelectionRequest(String organization, String period) {
  }

  private final SelectionService service;

  SelectionController(SelectionService service) {
    this.service = service;
  }

  @PostMapping
  List<Selection> select(@RequestBody SelectionRequest request, Authentication user) {
    return service.select(request.organization(), request.period(), CurrentUser.id(user), CurrentUser.groupIds(user));
  }

  @GetMapping
  List<Selection> latest(@RequestParam String organization, @RequestParam(required = false) String period,
      Authentication user) {
    return service.latest(organization, period, CurrentUser.groupIds(user));
  }
}
