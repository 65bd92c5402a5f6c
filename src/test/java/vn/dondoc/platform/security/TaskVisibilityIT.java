package vn.dondoc.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dondoc.testsupport.Http;
import vn.dondoc.testsupport.PostgresApplicationTest;

/**
 * Camunda authorizations are on: a task is seen and completed only by its candidate group,
 * through the engine REST API as the users themselves.
 */
class TaskVisibilityIT extends PostgresApplicationTest {

  @Autowired
  IdentityService identityService;
  @Autowired
  AuthorizationService authorizationService;

  @Test
  void onlyTheCandidateGroupSeesAndCompletesTheTask() {
    member("bithu.a", "chibo-a");
    member("bithu.b", "chibo-b");
    HttpResponse<String> started = asAdmin().postJson("/engine-rest/process-definition/key/hello/start",
        "{\"variables\":{\"recipientGroup\":{\"value\":\"chibo-a\"},\"message\":{\"value\":\"Họp chi bộ ngày 5\"}}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);

    Http branchA = Http.basic(port, "bithu.a", PASSWORD);
    Http branchB = Http.basic(port, "bithu.b", PASSWORD);
    String tasksOfA = branchA.get("/engine-rest/task?processDefinitionKey=hello").body();
    assertThat(tasksOfA).contains("\"taskDefinitionKey\":\"Task_Acknowledge\"");
    assertThat(branchB.get("/engine-rest/task?processDefinitionKey=hello").body()).isEqualTo("[]");
    assertThat(branchB.get("/engine-rest/history/process-instance").body()).isEqualTo("[]");

    String taskId = tasksOfA.replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
    assertThat(branchB.postJson("/engine-rest/task/" + taskId + "/complete", "{}").statusCode()).isEqualTo(403);
    HttpResponse<String> completed = branchA.postJson("/engine-rest/task/" + taskId + "/complete",
        "{\"variables\":{\"acknowledged\":{\"value\":true}}}");
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
    assertThat(asAdmin().get("/engine-rest/history/variable-instance?variableName=acknowledgedBy").body())
        .contains("\"value\":\"bithu.a\"");
  }

  private void member(String userId, String groupId) {
    Group group = identityService.newGroup(groupId);
    group.setName("Chi bộ " + groupId);
    identityService.saveGroup(group);
    User user = identityService.newUser(userId);
    user.setFirstName("Bí thư");
    user.setLastName(groupId);
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    identityService.createMembership(userId, groupId);
    Grants.grant(authorizationService, groupId, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
  }
}
