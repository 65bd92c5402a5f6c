package vn.dondoc.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.dondoc.testsupport.ChromiumTest;
import vn.dondoc.testsupport.Http;
import vn.dondoc.testsupport.Phone;
import vn.dondoc.testsupport.PostgresApplicationTest;

/**
 * A branch secretary on his phone: signs in on the Vietnamese login page, finds the task
 * "Xác nhận đã nhận" in Tasklist, which speaks Vietnamese, claims it, ticks the box and completes
 * it; the engine records him as the one who acknowledged. The secretary of the neighbouring branch
 * sees nothing of it. Real headless Chromium at a phone's width; screenshots in target/screenshots.
 */
@ChromiumTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TasklistBrowserIT extends PostgresApplicationTest {

  static final String TREE = """
      Mã;Tên;Loại;Mã cấp trên;Tài khoản bí thư;Họ tên bí thư
      BR-T;Tỉnh ủy Trình Duyệt;Tỉnh ủy;;;
      BR-X;Đảng ủy xã Nà Hiềng;Đảng ủy xã;BR-T;;
      BR-CB1;Chi bộ thôn Nà Hiềng 1;Chi bộ cơ sở;BR-X;br.bt1;Lò Văn Minh
      BR-CB2;Chi bộ thôn Nà Hiềng 2;Chi bộ cơ sở;BR-X;br.bt2;Quàng Thị Hoa
      """;
  static final String SECRETARY_1 = "br.bt1";
  static final String SECRETARY_2 = "br.bt2";
  static final String PARTY_BUILDING_STAFF = "br.xdd";

  static final String TASK_NAME = "Xác nhận đã nhận";
  static final String ACKNOWLEDGE_LABEL = "Tôi đã nhận và đọc nội dung thông báo";
  static final String MESSAGE = "Họp chi bộ thường kỳ tối thứ Sáu";
  /** Labels of our locales/vi.json that the steps below meet; the English ones must not show. */
  static final String CLAIM = "Nhận việc";
  static final String COMPLETE = "Hoàn thành";
  static final String SELECT_TASK = "Chọn một công việc trong danh sách.";
  static final String NO_MATCHING_TASK = "Không có công việc nào phù hợp với bộ lọc.";

  static final String TASKLIST = "/camunda/app/tasklist/default/";
  static final String TASKLIST_FILES = "/camunda/app/tasklist/";
  static final String WEBJAR_TASKLIST = "/META-INF/resources/webjars/camunda/app/tasklist/";
  /** Generous: the first Tasklist load compiles a large bundle in a cold browser on a shared CI machine. */
  static final Duration WAIT = Duration.ofSeconds(45);
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*\\w+\\s*\\}\\}|<[^>]+>|&\\w+;");

  final ObjectMapper json = new ObjectMapper();

  String instanceId;

  @BeforeAll
  void treeSecretariesAndOneMessageForBranch1() throws IOException {
    HttpResponse<String> imported = importOrganizations("to-chuc.csv", TREE.getBytes(StandardCharsets.UTF_8));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    List.of(SECRETARY_1, SECRETARY_2).forEach(this::user);
    user(PARTY_BUILDING_STAFF, "xdd:BR-X");

    HttpResponse<String> started = as(PARTY_BUILDING_STAFF).postJson("/engine-rest/process-definition/key/hello/start",
        "{\"variables\":{\"organizationCode\":{\"value\":\"BR-CB1\"},\"message\":{\"value\":\"" + MESSAGE + "\"}}}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    instanceId = json.readTree(started.body()).path("id").asText();
  }

  @Test
  @Order(1)
  void theRunningApplicationServesOurVietnameseTasklistFilesOverTheWebjars() throws IOException {
    Http browser = Http.browser(port, SECRETARY_1, PASSWORD);
    HttpResponse<String> config = browser.get(TASKLIST_FILES + "scripts/config.js", "*/*");
    assertThat(config.statusCode()).isEqualTo(200);
    assertThat(config.body()).as("our override, not the webjar's config.js")
        .contains("availableLocales: ['vi', 'en']", "fallbackLocale: 'vi'", "claimTask:", "ctrl+alt+c");

    HttpResponse<String> served = browser.get(TASKLIST_FILES + "locales/vi.json");
    assertThat(served.statusCode()).isEqualTo(200);
    JsonNode vi = json.readTree(served.body());
    JsonNode en;
    try (InputStream in = getClass().getResourceAsStream(WEBJAR_TASKLIST + "locales/en.json")) {
      assertThat(in).as("the webjar's en.json on the classpath").isNotNull();
      en = json.readTree(in);
    }
    assertThat(fieldNames(vi)).isEqualTo(fieldNames(en));
    assertThat(fieldNames(vi.path("labels"))).as("every English label has a Vietnamese one")
        .isEqualTo(fieldNames(en.path("labels")));
    assertThat(fieldNames(vi.path("dateLocales"))).isEqualTo(fieldNames(en.path("dateLocales")));
    en.path("labels").fields().forEachRemaining(label -> {
      String translated = vi.path("labels").path(label.getKey()).asText();
      assertThat(placeholders(translated)).as("placeholders and markup of %s", label.getKey())
          .isEqualTo(placeholders(label.getValue().asText()));
    });
    assertThat(vi.path("labels").path("CLAIM_TASK").asText()).isEqualTo(CLAIM);
    assertThat(vi.path("labels").path("SET_FOLLOW_UP_DATE").asText()).isEqualTo("Đặt ngày nhắc");
  }

  @Test
  @Order(2)
  void theNeighbouringBranchSecretarySeesNothingOfTheTaskWhileItIsOpen(@TempDir Path profile) {
    assertThat(asAdmin().get("/engine-rest/task?processInstanceId=" + instanceId).body())
        .as("the task is still open, so its absence below means something").contains(TASK_NAME);
    // A phone set to a language Tasklist has no translation for: the fallback is Vietnamese.
    withPhone(profile, "fr-FR", phone -> {
      signIn(phone, SECRETARY_2);
      phone.get(url(TASKLIST));
      WebDriverWait wait = new WebDriverWait(phone, WAIT);
      // Both shared filters (BaselineAuthorizations): his own tasks, and everything he may see.
      for (String filter : List.of("Việc của tôi", "Tất cả việc tôi được xem")) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
            "//*[contains(@class,'task-filter')]//a[contains(normalize-space(), '" + filter + "')]"))).click();
        wait.until(ExpectedConditions.textMatches(By.xpath(
            "//*[contains(@class,'task-filter') and contains(@class,'active')][contains(normalize-space(), '" + filter + "')]"
                + "//*[contains(@class,'counter')]"), Pattern.compile("^\\(?0\\)?$")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(text(NO_MATCHING_TASK)));
        assertThat(phone.findElements(text(TASK_NAME))).as("filter %s", filter).isEmpty();
      }
      Phone.screenshot(phone, "tasklist-06-bi-thu-chi-bo-2-khong-thay-viec");
      assertThat(phone.findElement(By.tagName("body")).getText()).as("Vietnamese, the fallback")
          .contains(SELECT_TASK)
          .doesNotContain("No task matching filters found");
    });
  }

  @Test
  @Order(3)
  void theBranchSecretaryAcknowledgesInVietnameseTasklistOnHisPhone(@TempDir Path profile) throws IOException {
    String taskId = json.readTree(asAdmin().get("/engine-rest/task?processInstanceId=" + instanceId).body())
        .get(0).path("id").asText();
    withPhone(profile, "vi-VN", phone -> {
      WebDriverWait wait = new WebDriverWait(phone, WAIT);
      signIn(phone, SECRETARY_1);

      phone.get(url(TASKLIST));
      WebElement task = wait.until(ExpectedConditions.elementToBeClickable(
          By.xpath("//*[contains(@class,'tasks-list')]//a[normalize-space()='" + TASK_NAME + "']")));
      Phone.screenshot(phone, "tasklist-02-danh-sach-viec");
      task.click();
      wait.until(ExpectedConditions.urlContains("task=" + taskId));

      WebElement claim = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.claim")));
      Phone.screenshot(phone, "tasklist-03-mo-cong-viec");
      assertThat(claim.getText().trim()).as("Tasklist is in Vietnamese").isEqualTo(CLAIM);
      String page = phone.findElement(By.tagName("body")).getText();
      assertThat(page).contains("Đặt ngày nhắc", "Đặt hạn xử lý").doesNotContain("Set follow-up date", "Claim");
      claim.click();

      WebElement acknowledged = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
          "//label[contains(normalize-space(), '" + ACKNOWLEDGE_LABEL + "')]//input[@type='checkbox']"
              + " | //input[@type='checkbox'][@id = //label[contains(normalize-space(), '" + ACKNOWLEDGE_LABEL + "')]/@for]")));
      assertThat(phone.findElements(By.tagName("textarea"))).as("the message reaches the secretary")
          .extracting(area -> area.getDomProperty("value")).contains(MESSAGE);
      acknowledged.click();
      wait.until(ExpectedConditions.elementSelectionStateToBe(acknowledged, true));
      Phone.screenshot(phone, "tasklist-04-da-danh-dau-xac-nhan");

      wait.until(ExpectedConditions.elementToBeClickable(
          By.xpath("//button[@type='submit'][normalize-space()='" + COMPLETE + "']"))).click();
      // Tasklist 7.24 shows no notice on success: it closes the task and reloads the list, now empty.
      wait.until(ExpectedConditions.visibilityOfElementLocated(text(SELECT_TASK)));
      wait.until(ExpectedConditions.visibilityOfElementLocated(text(NO_MATCHING_TASK)));
      Phone.screenshot(phone, "tasklist-05-da-hoan-thanh");
      assertThat(phone.findElements(By.xpath("//*[contains(@class,'tasks-list')]//a[normalize-space()='" + TASK_NAME + "']")))
          .as("the completed task has left the list").isEmpty();
    });

    JsonNode finished = json.readTree(asAdmin().get("/engine-rest/history/process-instance?processInstanceId=" + instanceId).body());
    assertThat(finished).hasSize(1);
    assertThat(finished.get(0).path("state").asText()).isEqualTo("COMPLETED");
    JsonNode acknowledgedBy = json.readTree(asAdmin().get(
        "/engine-rest/history/variable-instance?variableName=acknowledgedBy&processInstanceId=" + instanceId).body());
    assertThat(acknowledgedBy).hasSize(1);
    assertThat(acknowledgedBy.get(0).path("value").asText()).isEqualTo(SECRETARY_1);
    JsonNode acknowledged = json.readTree(asAdmin().get(
        "/engine-rest/history/variable-instance?variableName=acknowledged&processInstanceId=" + instanceId).body());
    assertThat(acknowledged.get(0).path("value").asBoolean()).as("the box ticked in the browser").isTrue();
  }

  /** The Vietnamese login page of the application, which also signs the user in to Tasklist. */
  private void signIn(WebDriver phone, String userId) {
    Phone.signIn(phone, url(""), userId, PASSWORD, WAIT,
        filled -> Phone.screenshot(filled, "tasklist-01-dang-nhap-" + userId.replace('.', '-')));
  }

  /** A fresh 412 px phone speaking {@code language}, which its browser must report. */
  private void withPhone(Path profile, String language, Consumer<WebDriver> steps) {
    Phone.with(profile, language, 412, 900, "tasklist-loi-" + language, phone -> {
      Object languages = ((JavascriptExecutor) phone).executeScript("return navigator.languages[0]");
      assertThat(languages).as("the phone's language").isEqualTo(language);
      steps.accept(phone);
    });
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** An element with a text node of exactly this text (icons beside it allowed), anywhere on the page. */
  private static By text(String text) {
    return By.xpath("//*[text()[normalize-space()='" + text + "']]");
  }


  private static TreeSet<String> fieldNames(JsonNode node) {
    TreeSet<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group().replaceAll("\\s+", ""));
    }
    found.sort(null);
    return found;
  }
}
