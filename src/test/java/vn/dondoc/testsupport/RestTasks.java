package vn.dondoc.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/** Working tasks through the engine's REST API as a user, and waiting for what runs in the background. */
public final class RestTasks {

  private RestTasks() {
  }

  /** Completes the user's task of that key in the instance with the variables (engine REST JSON). */
  public static void complete(Http user, String processInstanceId, String taskKey, String variables) {
    HttpResponse<String> done = tryComplete(user, processInstanceId, taskKey, variables);
    assertThat(done.statusCode()).as(taskKey + ": " + done.body()).isEqualTo(204);
  }

  /** The engine's answer to completing the user's task of that key in the instance with the variables. */
  public static HttpResponse<String> tryComplete(Http user, String processInstanceId, String taskKey, String variables) {
    String tasks = user.get("/engine-rest/task?processInstanceId=" + processInstanceId + "&taskDefinitionKey=" + taskKey).body();
    String taskId = field(tasks, "\"id\":\"([^\"]+)\"");
    return user.postJson("/engine-rest/task/" + taskId + "/complete", "{\"variables\":" + variables + "}");
  }

  public static long count(Http user, String path) {
    return Long.parseLong(field(user.get(path).body(), "\"count\":(\\d+)"));
  }

  /** The first group of the regular expression in the JSON. */
  public static String field(String json, String regex) {
    var matcher = Pattern.compile(regex).matcher(json);
    assertThat(matcher.find()).as(json).isTrue();
    return matcher.group(1);
  }

  /** Waits, bounded, for what the job executor and the mail sender do in the background. */
  public static void await(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("Quá 60 giây chờ: " + what);
      }
      Thread.sleep(100);
    }
  }
}
