package vn.dondoc.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;

/** Working tasks through the engine's REST API as a user, and waiting for what runs in the background. */
public final class RestTasks {

  private static final Pattern TASK_ID = Pattern.compile("\"id\":\"([^\"]+)\"");

  private RestTasks() {
  }

  /** Completes the user's one task of that key in the instance with the variables (engine REST JSON); fails unless 204. */
  public static void complete(Http user, String processInstanceId, String taskKey, String variables) {
    HttpResponse<String> done = completion(user, processInstanceId, taskKey, variables);
    assertThat(done.statusCode()).as(taskKey + ": " + done.body()).isEqualTo(204);
  }

  /** The engine's answer to completing the user's one task of that key in the instance (a refusal, say). */
  public static HttpResponse<String> completion(Http user, String processInstanceId, String taskKey, String variables) {
    String tasks = user.get("/engine-rest/task?processInstanceId=" + processInstanceId + "&taskDefinitionKey=" + taskKey).body();
    assertThat(TASK_ID.matcher(tasks).results().count()).as("the user sees one " + taskKey + ": " + tasks).isOne();
    return user.postJson("/engine-rest/task/" + field(tasks, TASK_ID.pattern()) + "/complete", "{\"variables\":" + variables + "}");
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
