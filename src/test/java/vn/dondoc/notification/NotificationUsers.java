package vn.dondoc.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import vn.dondoc.testsupport.Http;

/** Creates test users through the engine's REST API, as an administrator would in Camunda Admin. */
final class NotificationUsers {

  private NotificationUsers() {
  }

  /** @param email {@code null} for a user without an address */
  static void create(Http admin, String id, String firstName, String lastName, String email, String password) {
    String profile = "{\"id\":\"" + id + "\",\"firstName\":\"" + firstName + "\",\"lastName\":\"" + lastName + "\""
        + (email == null ? "" : ",\"email\":\"" + email + "\"") + "}";
    HttpResponse<String> created = admin.postJson("/engine-rest/user/create",
        "{\"profile\":" + profile + ",\"credentials\":{\"password\":\"" + password + "\"}}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(204);
  }
}
