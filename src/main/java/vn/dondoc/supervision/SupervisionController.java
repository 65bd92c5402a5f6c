package vn.dondoc.supervision;

import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.platform.security.CurrentUser;
import vn.dondoc.platform.web.Forbidden;

/** {@code /api/supervisions}: an organisation's supervisions, one with its findings, starting one, adding a finding. */
@RestController
@RequestMapping("/api/supervisions")
class SupervisionController {

  record FindingRequest(String organizationCode, String text) {
  }

  private final SupervisionService service;

  SupervisionController(SupervisionService service) {
    this.service = service;
  }

  @GetMapping
  List<Supervision> ofOrganization(@RequestParam String organization, @RequestParam(defaultValue = "false") boolean open,
      Authentication user) {
    return service.of(organization.trim(), open, CurrentUser.groupIds(user));
  }

  @GetMapping("/{id}")
  Supervision one(@PathVariable long id, Authentication user) {
    return service.visible(id, CurrentUser.groupIds(user));
  }

  @PostMapping
  ResponseEntity<Supervision> start(@RequestBody SupervisionService.StartRequest request, Authentication user) {
    Supervision started = service.start(request, CurrentUser.id(user), CurrentUser.groupIds(user));
    return ResponseEntity.created(URI.create("/api/supervisions/" + started.id())).body(started);
  }

  @PostMapping("/{id}/findings")
  ResponseEntity<Supervision> addFinding(@PathVariable long id, @RequestBody FindingRequest request, Authentication user) {
    Supervision supervision = service.visible(id, CurrentUser.groupIds(user));
    if (!service.mayWork(supervision, CurrentUser.groupIds(user))) {
      throw new Forbidden("Chỉ Ủy ban Kiểm tra giám sát " + supervision.reference() + " mới ghi nhận kết quả");
    }
    service.addFinding(id, request.organizationCode(), Supervision.Activity.FINDING, request.text(), CurrentUser.id(user));
    return ResponseEntity.ok(service.get(id));
  }
}
