package vn.dondoc.platform.security;

import java.security.Principal;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/me}: who is signed in and in which groups, for the application's pages. */
@RestController
class CurrentUserController {

  record CurrentUser(String id, String fullName, List<GroupView> groups) {
  }

  record GroupView(String id, String name) {
  }

  private final IdentityService identityService;

  CurrentUserController(IdentityService identityService) {
    this.identityService = identityService;
  }

  @GetMapping(SecurityPaths.API + "/me")
  CurrentUser me(Principal principal) {
    String userId = principal.getName();
    User user = identityService.createUserQuery().userId(userId).singleResult();
    String fullName = user == null ? userId : (user.getFirstName() + " " + user.getLastName()).trim();
    List<GroupView> groups = identityService.createGroupQuery().groupMember(userId).orderByGroupName().asc().list().stream()
        .map((Group group) -> new GroupView(group.getId(), group.getName()))
        .toList();
    return new CurrentUser(userId, fullName, groups);
  }
}
