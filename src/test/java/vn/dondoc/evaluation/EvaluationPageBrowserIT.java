package vn.dondoc.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dondoc.testsupport.RestTasks.await;
import static vn.dondoc.testsupport.RestTasks.field;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.dondoc.testsupport.ChromiumTest;
import vn.dondoc.testsupport.Phone;
import vn.dondoc.testsupport.PostgresApplicationTest;

/**
 * The party-building staff of a commune open its rating on a 360 px phone: the distribution by
 * band, the quota and who is over it, every rating, the downloads. The neighbouring commune's staff
 * get a Vietnamese "not found". Real headless Chromium; screenshots in target/screenshots.
 */
@ChromiumTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvaluationPageBrowserIT extends PostgresApplicationTest {

  static final String TREE = """
      Mã;Tên;Loại;Mã cấp trên
      EP-T;Tỉnh ủy Trang Xếp Loại;Tỉnh ủy;
      EP-X;Đảng ủy xã Pa Tần;Đảng ủy xã;EP-T
      EP-B1;Chi bộ bản Một;Chi bộ cơ sở;EP-X
      EP-B2;Chi bộ bản Hai;Chi bộ cơ sở;EP-X
      EP-B3;Chi bộ bản Ba;Chi bộ cơ sở;EP-X
      EP-X2;Đảng ủy xã Bên Cạnh;Đảng ủy xã;EP-T
      """;
  static final String STAFF = "xdd.ep";
  static final String NEIGHBOUR = "xdd.ep2";
  static final Duration WAIT = Duration.ofSeconds(30);

  long id;

  /** No usage or follow-ups yet: each branch has 10 of 10 data points; the committee gives 85, 70 and nothing. */
  @BeforeAll
  void aRatedCommune() throws InterruptedException {
    HttpResponse<String> imported = importOrganizations("to-chuc.csv", TREE.getBytes(StandardCharsets.UTF_8));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    user(STAFF, "xdd:EP-X");
    user(NEIGHBOUR, "xdd:EP-X2");
    HttpResponse<String> started = as(STAFF).postJson("/api/evaluations", "{\"parent\":\"EP-X\",\"kind\":\"QUARTER\","
        + "\"year\":2026,\"quarter\":3}");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    id = Long.parseLong(field(started.body(), "\"id\":(\\d+)"));
    await("3 ratings scored", () -> as(STAFF).get("/api/evaluations/" + id).body().contains("\"scored\":3"));
    points("EP-B1", 85);
    points("EP-B2", 70);
  }

  @Test
  void theStaffSeeTheBandsTheQuotaAndEveryRatingOnTheirPhone(@TempDir Path profile) {
    Phone.with(profile, "vi-VN", 360, 780, "evaluation-loi-xdd", phone -> {
      WebDriverWait wait = new WebDriverWait(phone, WAIT);
      signIn(phone, STAFF);
      WebElement link = wait.until(ExpectedConditions.elementToBeClickable(
          By.xpath("//a[contains(normalize-space(), 'Đánh giá, xếp loại')]")));
      assertThat(link.getDomAttribute("href")).isEqualTo("/evaluation?organization=EP-X");
      link.click();

      wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#bars li.bar"), 4));
      wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#ratings li"), 3));
      Phone.screenshot(phone, "evaluation-01-xep-loai-xa");
      assertThat(phone.findElement(By.id("title")).getText()).isEqualTo("Đảng ủy xã Pa Tần — quý III năm 2026");
      List<WebElement> bars = phone.findElements(By.cssSelector("#bars li.bar"));
      assertThat(bars).extracting(bar -> bar.findElement(By.className("name")).getText()).containsExactly(
          "Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ", "Không hoàn thành nhiệm vụ");
      assertThat(bars).extracting(bar -> bar.findElement(By.className("value")).getText())
          .containsExactly("1 (33,33%)", "1 (33,33%)", "0 (0%)", "1 (33,33%)");
      assertThat(phone.findElement(By.id("quota")).getText()).contains("tức 0 tổ chức; đề xuất 1 tổ chức. Vượt 1 tổ chức.");
      List<WebElement> ratings = phone.findElements(By.cssSelector("#ratings li"));
      assertThat(ratings).extracting(r -> r.getDomAttribute("data-code")).containsExactly("EP-B1", "EP-B2", "EP-B3");
      assertThat(ratings.get(0).getText()).contains("Chi bộ bản Một", "95", "Hoàn thành xuất sắc nhiệm vụ",
          "Vượt tỷ lệ hoàn thành xuất sắc nhiệm vụ");
      assertThat(ratings.get(2).getText()).contains("10", "Không hoàn thành nhiệm vụ");
      assertThat(phone.findElement(By.id("table")).getDomAttribute("href")).isEqualTo("/api/evaluations/" + id + "/table");
      assertThat(phone.findElement(By.id("notice")).getDomAttribute("href")).isEqualTo("/api/evaluations/" + id + "/notice");
      Object overflow = ((JavascriptExecutor) phone).executeScript(
          "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
      assertThat(((Number) overflow).intValue()).as("nothing wider than the phone").isLessThanOrEqualTo(0);
    });
  }

  @Test
  void theNeighbouringCommuneGetsAVietnameseNotFound(@TempDir Path profile) {
    Phone.with(profile, "vi-VN", 360, 780, "evaluation-loi-xa-ben-canh", phone -> {
      WebDriverWait wait = new WebDriverWait(phone, WAIT);
      signIn(phone, NEIGHBOUR);
      phone.get("http://localhost:" + port + "/evaluation?organization=EP-X");
      WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
      Phone.screenshot(phone, "evaluation-02-xa-ben-canh-khong-thay");
      assertThat(error.getText()).isEqualTo("Không tìm thấy kết quả đánh giá: Không có tổ chức EP-X. Tổ chức không tồn"
          + " tại hoặc bạn không có quyền xem.");
      assertThat(phone.findElement(By.tagName("body")).getText()).doesNotContain("Chi bộ bản");
    });
  }

  private void points(String code, int points) {
    HttpResponse<String> response = as(STAFF).postJson("/api/evaluations/" + id + "/ratings/" + code + "/committee-points",
        "{\"points\":" + points + ",\"reason\":\"Kết quả lãnh đạo của chi bộ\"}");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  private void signIn(WebDriver phone, String userId) {
    Phone.signIn(phone, "http://localhost:" + port, userId, PASSWORD, WAIT, filled -> { });
  }
}
