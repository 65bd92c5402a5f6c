package vn.dondoc.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.dondoc.testsupport.Http;
import vn.dondoc.testsupport.PostgresApplicationTest;
import vn.dondoc.testsupport.RestTasks;

/**
 * "A branch leader sees only his branch's tasks", through every door: the engine REST API (tasks,
 * instances, history), the Tasklist webapp's API and {@code /api/**}; and the commune's committee
 * bodies see their whole commune, not the neighbouring one; the province board sees both.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrganizationAccessIT extends PostgresApplicationTest {

  static final String TREE = """
      Mã;Tên;Loại;Mã cấp trên;Tài khoản bí thư;Họ tên bí thư
      T-AC;Tỉnh ủy Thử;Tỉnh ủy;;;
      X-AC1;Đảng ủy xã Sì Lở Lầu;Đảng ủy xã;T-AC;;
      X-AC2;Đảng ủy xã Hai;Đảng ủy xã;T-AC;;
      CB-ACA;Chi bộ bản Lũng Thàng;Chi bộ cơ sở;X-AC1;bt.aca;Lý A Páo
      CB-ACB;Chi bộ bản Gia Khâu;Chi bộ cơ sở;X-AC1;bt.acb;Thào A Sử
      CB-ACC;Chi bộ bản Cò Ký;Chi bộ cơ sở;X-AC2;bt.acc;Vàng A Lử
      """;

  String taskId;
  String instanceId;

  @BeforeAll
  void treeStaffAndOneTaskForBranchA() {
    HttpResponse<String> imported = importOrganizations("to-chuc.csv", TREE.getBytes(StandardCharsets.UTF_8));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    List.of("bt.aca", "bt.acb", "bt.acc").forEach(this::user);
    user("xdd.ac1", "xdd:X-AC1");
    user("ubkt.ac1", "ubkt:X-AC1");
    user("ubkt.ac2", "ubkt:X-AC2");
    user("btc.ac", "xdd:T-AC");

    HttpResponse<String> started = as("xdd.ac1").postJson("/engine-rest/process-definition/key/hello/start",
        "{\"variables\":{\"organizationCode\":{\"value\":\"CB-ACA\"},\"message\":{\"value\":\"Họp chi bộ ngày 5\"}}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    instanceId = field(started.body(), "id");
    assertThat(started.body()).contains("\"tenantId\":\"X-AC1\"");
    taskId = field(as("bt.aca").get("/engine-rest/task?processInstanceId=" + instanceId).body(), "id");
  }

  @Test
  void anotherBranchSeesNothingOfItThroughTheEngineRestApi() {
    Http branchB = as("bt.acb");
    assertThat(branchB.get("/engine-rest/task?processInstanceId=" + instanceId).body()).isEqualTo("[]");
    assertThat(branchB.get("/engine-rest/task/" + taskId).statusCode()).isIn(403, 404);
    assertThat(branchB.get("/engine-rest/process-instance?processInstanceIds=" + instanceId).body()).isEqualTo("[]");
    assertThat(branchB.get("/engine-rest/history/process-instance?processInstanceId=" + instanceId).body()).isEqualTo("[]");
    assertThat(branchB.get("/engine-rest/history/task?processInstanceId=" + instanceId).body()).isEqualTo("[]");
    assertThat(branchB.postJson("/engine-rest/task/" + taskId + "/complete", "{}").statusCode()).isIn(403, 404);
    assertThat(branchB.postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"bt.acb\"}").statusCode()).isIn(403, 404);
  }

  @Test
  void theBranchItselfSeesItsTaskInstanceAndHistory() {
    Http branchA = as("bt.aca");
    assertThat(branchA.get("/engine-rest/task/" + taskId).statusCode()).isEqualTo(200);
    assertThat(branchA.get("/engine-rest/process-instance?processInstanceIds=" + instanceId).body()).contains(instanceId);
    assertThat(branchA.get("/engine-rest/history/process-instance?processInstanceId=" + instanceId).body()).contains(instanceId);
    assertThat(branchA.get("/engine-rest/history/task?processInstanceId=" + instanceId).body()).contains(taskId);
  }

  @Test
  void theTasklistWebappShowsEachBranchOnlyItsOwnTasks() {
    String path = "/camunda/api/engine/engine/default/task?processInstanceId=" + instanceId;
    assertThat(Http.browser(port, "bt.acb", PASSWORD).get(path).body()).isEqualTo("[]");
    assertThat(Http.browser(port, "bt.aca", PASSWORD).get(path).body()).contains(taskId);
  }

  @Test
  void theCommunesInspectionCommitteeSeesItAndTheNeighbouringCommuneDoesNot() {
    Http inspection = as("ubkt.ac1");
    assertThat(inspection.get("/engine-rest/task?processInstanceId=" + instanceId).body()).contains(taskId);
    assertThat(inspection.get("/engine-rest/history/process-instance?processInstanceId=" + instanceId).body()).contains(instanceId);
    assertThat(inspection.get("/engine-rest/history/task?processInstanceId=" + instanceId).body()).contains(taskId);
    assertThat(inspection.postJson("/engine-rest/task/" + taskId + "/complete", "{}").statusCode())
        .as("the inspection committee supervises; it does not answer for the branch").isEqualTo(403);

    Http neighbour = as("ubkt.ac2");
    assertThat(neighbour.get("/engine-rest/task?processInstanceId=" + instanceId).body()).isEqualTo("[]");
    assertThat(neighbour.get("/engine-rest/history/process-instance?processInstanceId=" + instanceId).body()).isEqualTo("[]");

    assertThat(as("btc.ac").get("/engine-rest/task?processInstanceId=" + instanceId).body())
        .as("the province board sees its province").contains(taskId);
  }

  @Test
  void theApplicationApiShowsEachUserHisPartOfTheTree() {
    assertThat(as("bt.acb").get("/api/organizations").body()).contains("CB-ACB").doesNotContain("CB-ACA", "\"code\":\"X-AC1\"");
    assertThat(as("bt.acb").get("/api/organizations/CB-ACA").statusCode()).isEqualTo(404);
    assertThat(as("bt.acb").get("/api/organizations/search?q=lung%20thang").body()).isEqualTo("[]");

    assertThat(as("ubkt.ac1").get("/api/organizations/CB-ACA").statusCode()).isEqualTo(200);
    assertThat(as("ubkt.ac1").get("/api/organizations/search?q=lung%20thang").body()).contains("CB-ACA", "Chi bộ bản Lũng Thàng");
    assertThat(as("ubkt.ac1").get("/api/organizations").body()).contains("CB-ACA", "CB-ACB").doesNotContain("CB-ACC");
    assertThat(as("ubkt.ac2").get("/api/organizations/CB-ACA").statusCode()).isEqualTo(404);
    assertThat(as("btc.ac").get("/api/organizations").body()).contains("CB-ACA", "CB-ACB", "CB-ACC");
    assertThat(as("ubkt.ac1").postFile("/api/organizations/import", "x.csv", TREE.getBytes(StandardCharsets.UTF_8))
        .statusCode()).as("only administrators and party-building staff import").isEqualTo(403);
  }

  @Test
  void theBranchCompletesItsTaskAsItself() {
    String other = startFor("CB-ACA");
    String otherTask = field(as("bt.aca").get("/engine-rest/task?processInstanceId=" + other).body(), "id");
    HttpResponse<String> completed = as("bt.aca").postJson("/engine-rest/task/" + otherTask + "/complete",
        "{\"variables\":{\"acknowledged\":{\"value\":true}}}");
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);
    assertThat(as("bt.aca").get("/engine-rest/history/variable-instance?processInstanceId=" + other
        + "&variableName=acknowledgedBy").body()).contains("\"value\":\"bt.aca\"");
  }

  private String startFor(String organizationCode) {
    HttpResponse<String> started = as("xdd.ac1").postJson("/engine-rest/process-definition/key/hello/start",
        "{\"variables\":{\"organizationCode\":{\"value\":\"" + organizationCode + "\"},\"message\":{\"value\":\"Thông báo\"}}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    return field(started.body(), "id");
  }



  /** The first top-level field of that name in a JSON object or the first object of an array. */
  static String field(String json, String name) {
    return RestTasks.field(json, "\"" + name + "\":\"([^\"]+)\"");
  }
}
