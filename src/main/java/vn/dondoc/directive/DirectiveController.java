package vn.dondoc.directive;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.dondoc.followup.Consolidation;
import vn.dondoc.followup.FollowUpService;
import vn.dondoc.followup.FollowUpStatus;
import vn.dondoc.organization.OrganizationAccess;
import vn.dondoc.organization.Visibility;
import vn.dondoc.platform.security.CurrentUser;
import vn.dondoc.platform.web.NotFound;

/**
 * {@code /api/directives}: create (which starts drafting), list with progress, the consolidation
 * (JSON or XLSX), amend the deadline, withdraw. A directive is visible to whoever sees its issuer.
 */
@RestController
@RequestMapping("/api/directives")
class DirectiveController {

  record Progress(Directive directive, String statusLabel, Map<FollowUpStatus, Integer> counts) {
  }

  record Amendment(LocalDate reportBy, LocalDate completeBy) {
  }

  private final DirectiveService service;
  private final DirectiveRepository directives;
  private final FollowUpService followUps;
  private final OrganizationAccess access;

  DirectiveController(DirectiveService service, DirectiveRepository directives, FollowUpService followUps,
      OrganizationAccess access) {
    this.service = service;
    this.directives = directives;
    this.followUps = followUps;
    this.access = access;
  }

  @PostMapping
  ResponseEntity<Directive> create(@RequestBody DirectiveRequest request, Authentication user) {
    Directive created = service.create(request.toDirective(), CurrentUser.id(user), CurrentUser.groupIds(user));
    return ResponseEntity.status(HttpStatus.CREATED).body(created);
  }

  @GetMapping
  List<Progress> list(Authentication user) {
    Visibility visibility = access.of(CurrentUser.groupIds(user));
    List<Directive> visible = directives.issuedWithin(visibility.everything() ? List.of("/") : visibility.paths());
    return visible.stream().map(d -> new Progress(d, d.status().label(), followUps.consolidate(d.id()).counts())).toList();
  }

  @GetMapping("/{id}")
  Progress get(@PathVariable long id, Authentication user) {
    Directive directive = visible(id, user);
    return new Progress(directive, directive.status().label(), followUps.consolidate(id).counts());
  }

  @GetMapping("/{id}/consolidation")
  Consolidation consolidation(@PathVariable long id, Authentication user) {
    return followUps.consolidate(visible(id, user).id());
  }

  @GetMapping("/{id}/consolidation.xlsx")
  ResponseEntity<byte[]> consolidationWorkbook(@PathVariable long id, Authentication user) {
    visible(id, user);
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("tong-hop-cv-" + id + ".xlsx").build().toString())
        .header(HttpHeaders.CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        .body(followUps.consolidationWorkbook(id));
  }

  @PostMapping("/{id}/amend")
  ResponseEntity<Void> amend(@PathVariable long id, @RequestBody Amendment amendment, Authentication user) {
    visible(id, user);
    service.amend(id, amendment.reportBy(), amendment.completeBy(), CurrentUser.groupIds(user));
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{id}/withdraw")
  ResponseEntity<Void> withdraw(@PathVariable long id, Authentication user) {
    visible(id, user);
    service.withdraw(id, CurrentUser.groupIds(user));
    return ResponseEntity.noContent().build();
  }

  private Directive visible(long id, Authentication user) {
    Directive directive = directives.find(id).orElseThrow(() -> new NotFound("Không có công văn " + id));
    if (access.visible(directive.issuerCode(), CurrentUser.groupIds(user)).isEmpty()) {
      throw new NotFound("Không có công văn " + id);
    }
    return directive;
  }
}
