package vn.dondoc.followup;

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
import vn.dondoc.organization.OrganizationAccess;
import vn.dondoc.platform.security.CurrentUser;
import vn.dondoc.platform.web.NotFound;

/** {@code /api/follow-ups}: an organisation's follow-ups, a follow-up's reports, reassignment. */
@RestController
@RequestMapping("/api/follow-ups")
class FollowUpController {

  record Reassignment(String userId) {
  }

  private final FollowUpService service;
  private final FollowUpRepository followUps;
  private final OrganizationAccess access;

  FollowUpController(FollowUpService service, FollowUpRepository followUps, OrganizationAccess access) {
    this.service = service;
    this.followUps = followUps;
    this.access = access;
  }

  @GetMapping
  List<FollowUp> ofOrganization(@RequestParam String organization, Authentication user) {
    access.seen(organization, CurrentUser.groupIds(user));
    return service.ofOrganization(organization);
  }

  @GetMapping("/{id}/reports")
  List<FollowUpReport> reports(@PathVariable long id, Authentication user) {
    return followUps.reports(visible(id, user).id());
  }

  @PostMapping("/{id}/responsible")
  ResponseEntity<Void> reassign(@PathVariable long id, @RequestBody Reassignment reassignment, Authentication user) {
    visible(id, user);
    service.reassign(id, reassignment.userId(), CurrentUser.id(user), CurrentUser.groupIds(user));
    return ResponseEntity.noContent().build();
  }

  private FollowUp visible(long id, Authentication user) {
    FollowUp followUp = followUps.find(id).orElseThrow(() -> new NotFound("Không có theo dõi " + id));
    access.visible(followUp.organizationCode(), CurrentUser.groupIds(user)).orElseThrow(() -> new NotFound("Không có theo dõi " + id));
    return followUp;
  }
}
