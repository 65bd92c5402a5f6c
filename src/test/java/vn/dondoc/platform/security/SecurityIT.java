package vn.dondoc.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dondoc.testsupport.Http;
import vn.dondoc.testsupport.PostgresApplicationTest;

/** Who reaches what, over real HTTP against the application on PostgreSQL. */
class SecurityIT extends PostgresApplicationTest {

  @Autowired TaskService taskService;

  @ParameterizedTest
  @ValueSource(strings = {"/engine-rest/task", "/engine-rest/history/process-instance", "/api/me"})
  void apisRefuseAnonymousCallsWithABasicChallenge(String path) {
    HttpResponse<String> response = anonymous().get(path);
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Don doc\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/camunda/app/tasklist/", "/camunda/app/cockpit/", "/camunda/app/admin/", "/"})
  void pagesSendAnonymousBrowsersToTheLoginPage(String path) {
    HttpResponse<String> response = anonymous().get(path, "text/html");
    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
  }

  @Test
  void webappApiRefusesAnonymousCalls() {
    assertThat(anonymous().get("/camunda/api/engine/engine/default/task/count").statusCode()).isEqualTo(401);
  }

  @Test
  void onlyLoginPageAndHealthArePublic() {
    HttpResponse<String> login = anonymous().get("/login", "text/html");
    assertThat(login.statusCode()).isEqualTo(200);
    assertThat(login.body()).contains("Đăng nhập", "Tên đăng nhập", "Mật khẩu");
    HttpResponse<String> health = anonymous().get("/actuator/health");
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"UP\"");
    assertThat(anonymous().get("/actuator/env").statusCode()).isIn(401, 404);
  }

  @Test
  void basicCredentialsOpenTheApis() {
    Http admin = asAdmin();
    assertThat(admin.get("/engine-rest/task").statusCode()).isEqualTo(200);
    HttpResponse<String> me = admin.get("/api/me");
    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(me.body()).contains("\"id\":\"" + ADMIN + "\"", "camunda-admin");
  }

  @Test
  void aWrongPasswordIsRefusedEvenRightAfterTheRightOne() {
    user("saimatkhau");
    assertThat(Http.basic(port, "saimatkhau", PASSWORD).get("/api/me").statusCode()).isEqualTo(200);
    // The kept sign-in answers only the same password; this one goes to the identity service, which
    // refuses it (and then delays the user's next attempts, as its login policy says).
    assertThat(Http.basic(port, "saimatkhau", PASSWORD + "x").get("/api/me").statusCode()).isEqualTo(401);
  }

  @Test
  void theLoginFormSignsIntoTasklistCockpitAndAdmin() {
    Http browser = Http.browser(port, ADMIN, PASSWORD);
    assertThat(browser.get("/", "text/html").body()).contains("Xin chào", ADMIN);
    assertThat(browser.get("/camunda/app/tasklist/default/", "text/html").statusCode()).isEqualTo(200);
    HttpResponse<String> webappUser = browser.get("/camunda/api/admin/auth/user/default");
    assertThat(webappUser.statusCode()).isEqualTo(200);
    assertThat(webappUser.body()).contains("\"userId\":\"" + ADMIN + "\"", "tasklist", "cockpit", "admin");
  }

  @Test
  void browserFormsNeedTheCsrfToken() {
    user("khongcsrf");
    HttpResponse<String> withoutToken = Http.anonymous(port)
        .postForm("/login", Map.of("username", "khongcsrf", "password", PASSWORD));
    assertThat(withoutToken.statusCode()).isEqualTo(403);
  }

  @Test
  void logoutEndsTheSession() {
    user("dangxuat");
    Http browser = Http.browser(port, "dangxuat", PASSWORD);
    HttpResponse<String> logout = browser.postForm("/logout", Map.of("_csrf", browser.csrfToken("/")));
    assertThat(logout.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?logout"));
    assertThat(browser.get("/", "text/html").statusCode()).isEqualTo(302);
  }

  @Test
  void engineRestCallsRunWithTheUsersGroupsAndTenantsFromSignIn() {
    if (identityService.createGroupQuery().groupId("nhom-thue").count() == 0) {
      identityService.saveGroup(identityService.newGroup("nhom-thue"));
      identityService.saveTenant(identityService.newTenant("T-THUE"));
    }
    user("trongthue", "nhom-thue");
    identityService.createTenantUserMembership("T-THUE", "trongthue");
    user("ngoaithue", "nhom-thue");
    Task task = taskService.newTask();
    task.setName("Việc của đơn vị thuê T-THUE");
    task.setTenantId("T-THUE");
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), "nhom-thue");
    try {
      String list = "/engine-rest/task?candidateGroup=nhom-thue";
      // The group grants the task, the tenant lets it through the tenant check: both must reach the engine.
      assertThat(Http.basic(port, "trongthue", PASSWORD).get(list).body()).contains(task.getId());
      assertThat(Http.browser(port, "trongthue", PASSWORD).get(list).body()).contains(task.getId());
      assertThat(Http.basic(port, "ngoaithue", PASSWORD).get(list).body()).isEqualTo("[]");
    } finally {
      taskService.deleteTask(task.getId(), true);
    }
  }
}
