package vn.dondoc.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dondoc.testsupport.Http;
import vn.dondoc.testsupport.PostgresApplicationTest;

/**
 * {@code /api/notifications}: each user sees and marks only his own entries; mail goes only to users
 * with an address.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationApiIT extends PostgresApplicationTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final Map<String, Object> DIRECTIVE = Map.of(
      "directiveNumber", "22-CV/ĐU",
      "directiveSubject", "sinh hoạt chi bộ định kỳ trên ứng dụng",
      "branchName", "Chi bộ bản Gia Khâu",
      "deadline", LocalDate.of(2025, 6, 30),
      "daysLeft", 3);

  @Autowired
  Notifier notifier;
  @Autowired
  JdbcTemplate jdbc;

  @BeforeAll
  void usersAndTheirNotifications() {
    NotificationUsers.create(asAdmin(), "nt.api.a", "Thào A", "Sử", "nt.api.a@dondoc.example.vn", PASSWORD);
    NotificationUsers.create(asAdmin(), "nt.api.b", "Lý A", "Páo", "nt.api.b@dondoc.example.vn", PASSWORD);
    NotificationUsers.create(asAdmin(), "nt.api.c", "Vàng A", "Lử", null, PASSWORD);
    notifier.notify(List.of("nt.api.a", "nt.api.b"), "followup-assigned", DIRECTIVE, "/camunda/app/tasklist/default/#/?task=t-a");
    notifier.notify(List.of("nt.api.a", "nt.api.c"), "followup-reminder", DIRECTIVE, "/camunda/app/tasklist/default/#/?task=t-a");
  }

  @Test
  void everyoneGetsAnEntryAndOnlyUsersWithAnAddressAMail() {
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dd_notification WHERE user_id LIKE 'nt.api.%'", Integer.class))
        .isEqualTo(4);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dd_mail_outbox o JOIN dd_notification n"
        + " ON n.id = o.notification_id WHERE n.user_id LIKE 'nt.api.%'", Integer.class))
        .as("nt.api.c has no address").isEqualTo(3);
  }

  @Test
  void aUserSeesHisOwnNewestFirstPagedWithHisUnreadCount() throws Exception {
    JsonNode page = list(as("nt.api.a"), "");
    assertThat(page.get("total").asInt()).isEqualTo(2);
    assertThat(page.get("unread").asInt()).isEqualTo(2);
    assertThat(subjects(page)).containsExactly(
        "Nhắc hạn: còn 3 ngày nữa đến hạn báo cáo văn bản số 22-CV/ĐU",
        "Giao thực hiện văn bản số 22-CV/ĐU, hạn báo cáo 30/06/2025");
    JsonNode first = page.get("items").get(0);
    assertThat(first.get("link").asText()).isEqualTo("https://dondoc.example.vn/camunda/app/tasklist/default/#/?task=t-a");
    assertThat(first.get("body").asText()).contains("Kính gửi: Đồng chí Thào A Sử");
    assertThat(first.get("readAt").isNull()).isTrue();

    JsonNode second = list(as("nt.api.a"), "?page=1&size=1");
    assertThat(subjects(second)).containsExactly("Giao thực hiện văn bản số 22-CV/ĐU, hạn báo cáo 30/06/2025");
    assertThat(second.get("total").asInt()).isEqualTo(2);

    assertThat(subjects(list(as("nt.api.c"), ""))).containsExactly(
        "Nhắc hạn: còn 3 ngày nữa đến hạn báo cáo văn bản số 22-CV/ĐU");
  }

  @Test
  void markingReadWorksOnHisOwnAndAnotherUsersIdIsNotFound() throws Exception {
    Http b = as("nt.api.b");
    long ownId = list(b, "").get("items").get(0).get("id").asLong();
    long othersId = list(as("nt.api.c"), "").get("items").get(0).get("id").asLong();

    assertThat(b.postJson("/api/notifications/" + othersId + "/read", "{}").statusCode()).isEqualTo(404);
    assertThat(list(as("nt.api.c"), "").get("unread").asInt()).as("untouched").isEqualTo(1);
    assertThat(b.postJson("/api/notifications/999999999/read", "{}").statusCode()).isEqualTo(404);

    assertThat(b.postJson("/api/notifications/" + ownId + "/read", "{}").statusCode()).isEqualTo(204);
    JsonNode after = list(b, "");
    assertThat(after.get("unread").asInt()).isZero();
    assertThat(after.get("items").get(0).get("readAt").isNull()).isFalse();
    assertThat(list(b, "?unread=true").get("items")).isEmpty();
    assertThat(b.postJson("/api/notifications/" + ownId + "/read", "{}").statusCode()).as("again: still fine").isEqualTo(204);
  }

  @Test
  void readAllMarksOnlyTheCallersOwn() throws Exception {
    NotificationUsers.create(asAdmin(), "nt.api.d", "Lò Thị", "Dung", null, PASSWORD);
    NotificationUsers.create(asAdmin(), "nt.api.e", "Giàng A", "Tủa", null, PASSWORD);
    notifier.notify(List.of("nt.api.d", "nt.api.e"), "directive-withdrawn", DIRECTIVE, null);
    notifier.notify(List.of("nt.api.d"), "directive-amended", DIRECTIVE, null);

    HttpResponse<String> marked = as("nt.api.d").postJson("/api/notifications/read-all", "{}");
    assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
    assertThat(JSON.readTree(marked.body()).get("marked").asInt()).isEqualTo(2);
    assertThat(list(as("nt.api.d"), "?unread=true").get("total").asInt()).isZero();
    assertThat(list(as("nt.api.e"), "").get("unread").asInt()).isEqualTo(1);
  }

  @Test
  void badPagingIsRefusedAndStrangersAreNotLetIn() {
    assertThat(as("nt.api.a").get("/api/notifications?size=0").statusCode()).isEqualTo(400);
    assertThat(as("nt.api.a").get("/api/notifications?size=101").statusCode()).isEqualTo(400);
    assertThat(as("nt.api.a").get("/api/notifications?page=-1").statusCode()).isEqualTo(400);
    assertThat(anonymous().get("/api/notifications").statusCode()).isEqualTo(401);
    // Without credentials the CSRF check answers first (403); either way nothing is marked.
    assertThat(anonymous().postJson("/api/notifications/read-all", "{}").statusCode()).isIn(401, 403);
  }

  private static JsonNode list(Http http, String query) throws Exception {
    HttpResponse<String> response = http.get("/api/notifications" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body());
  }

  private static List<String> subjects(JsonNode page) {
    List<String> subjects = new ArrayList<>();
    page.get("items").forEach(item -> subjects.add(item.get("subject").asText()));
    return subjects;
  }
}
