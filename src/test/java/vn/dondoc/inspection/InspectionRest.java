package vn.dondoc.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import vn.dondoc.testsupport.Http;

/** Reading the APIs' JSON, and completing an inspection's tasks through {@code /engine-rest} as a given user. */
final class InspectionRest {

  static final ObjectMapper JSON = new ObjectMapper();

  private InspectionRest() {
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static long count(Http user, String path) {
    return json(user.get(path)).get("count").asLong();
  }

  /** Completes the user's one task of this key in the instance; fails unless the engine answers 204. */
  static void complete(Http user, String processInstanceId, String taskKey, String variables) {
    HttpResponse<String> done = completion(user, processInstanceId, taskKey, variables);
    assertThat(done.statusCode()).as(taskKey + ": " + done.body()).isEqualTo(204);
  }

  /** The engine's answer to completing the user's one task of this key in the instance. */
  static HttpResponse<String> completion(Http user, String processInstanceId, String taskKey, String variables) {
    JsonNode tasks = json(user.get("/engine-rest/task?processInstanceId=" + processInstanceId + "&taskDefinitionKey=" + taskKey));
    assertThat(tasks.size()).as("the user sees one " + taskKey).isOne();
    return user.postJson("/engine-rest/task/" + tasks.get(0).get("id").asText() + "/complete", "{\"variables\":" + variables + "}");
  }
}
