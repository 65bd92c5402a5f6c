package vn.dondoc.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dondoc.usage.UsageImportIT.snapshotId;
import static vn.dondoc.usage.UsageImportIT.utf8;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.dondoc.testsupport.ChromiumTest;
import vn.dondoc.testsupport.Http;
import vn.dondoc.testsupport.Phone;
import vn.dondoc.testsupport.PostgresApplicationTest;

/**
 * The party-building staff of a commune open its usage statistics on a 360 px phone: bars of every
 * branch highest first in the colour of its band, the trend across the app's snapshots, the
 * reconciliation with the member database and the links to its lists, the support pairs' counts
 * and the link to their list, the letter and the appendix.
 * The staff of the neighbouring commune get a Vietnamese "not found". Real headless Chromium;
 * screenshots in target/screenshots.
 */
@ChromiumTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UsageDashboardBrowserIT extends PostgresApplicationTest {

  static final String TREE = """
      Mã;Tên;Loại;Mã cấp trên
      DD-T;Tỉnh ủy Bảng Số Liệu;Tỉnh ủy;
      DD-X;Đảng ủy xã Nậm Cang;Đảng ủy xã;DD-T
      DD-B1;Chi bộ bản Một;Chi bộ cơ sở;DD-X
      DD-B2;Chi bộ bản Hai;Chi bộ cơ sở;DD-X
      DD-B3;Chi bộ bản Ba;Chi bộ cơ sở;DD-X
      DD-B4;Chi bộ bản Bốn;Chi bộ cơ sở;DD-X
      DD-B5;Chi bộ bản Năm;Chi bộ cơ sở;DD-X
      DD-X2;Đảng ủy xã Bên Cạnh;Đảng ủy xã;DD-T
      DD-Y1;Chi bộ bản Khác;Chi bộ cơ sở;DD-X2
      """;
  static final String STAFF = "xdd.dd";
  static final String NEIGHBOUR = "xdd.dd2";

  /**
   * B3-6 exempt; B4-3 and B4-4 not in the app; B2-5 filed by the app under B5, which has nobody in
   * activity. The members of B4 were born in 1950, the others in 1990.
   */
  static final String DATABASE = "Mã đảng viên,Mã tổ chức,Họ và tên,Trạng thái,Năm sinh\n" + members("B1", 2)
      + members("B2", 5) + members("B3", 5) + "B3-6,DD-B3,Đảng viên B3-6,Miễn sinh hoạt,1990\n" + members("B4", 4);

  static final Duration WAIT = Duration.ofSeconds(30);
  static final int PHONE_WIDTH = 360;

  String database;
  String app;
  String laterApp;

  @BeforeAll
  void communeWithAMemberDatabaseAndTwoAppSnapshots() throws IOException {
    HttpResponse<String> imported = importOrganizations("to-chuc.csv", TREE.getBytes(StandardCharsets.UTF_8));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    user(STAFF, "xdd:DD-X");
    user(NEIGHBOUR, "xdd:DD-X2");
    database = upload("member-database", "2026-03-10T16:00", DATABASE);
    app = upload("app-members", "2026-03-10T17:00", appFile(false));
    laterApp = upload("app-members", "2026-03-20T08:00", appFile(true));
    // The four elderly members of B4, who have not accessed, get the Youth Union; one of them has logged in since.
    HttpResponse<String> proposed = asAdmin().postJson("/api/usage/support/propose?organization=DD-X", "");
    assertThat(proposed.body()).contains("\"proposed\":4");
    String firstPair = asAdmin().get("/api/usage/support/pairs?organization=DD-X").body()
        .replaceAll("(?s).*?\"pairs\":\\[\\{\"id\":(\\d+).*", "$1");
    assertThat(asAdmin().postJson("/api/usage/support/pairs/" + firstPair + "/outcome", "{\"outcome\":\"LOGGED_IN\"}")
        .statusCode()).isEqualTo(200);
  }

  /** B1 all accessed; B2-1, B2-2 (later B2-3 too); B3-1; nobody of B4; B3-9 unknown to the database. */
  static String appFile(boolean later) {
    return "Mã đảng viên,Mã tổ chức,Đã kích hoạt,Số lần truy cập,Miễn sinh hoạt\n"
        + "B1-1,DD-B1,Có,5,Không\nB1-2,DD-B1,Có,1,Không\n"
        + "B2-1,DD-B2,Có,2,Không\nB2-2,DD-B2,Có,1,Không\nB2-3,DD-B2,Có," + (later ? 1 : 0) + ",Không\n"
        + "B2-4,DD-B2,Không,0,Không\nB2-5,DD-B5,Không,0,Không\n"
        + "B3-1,DD-B3,Có,1,Không\nB3-2,DD-B3,Không,0,Không\nB3-3,DD-B3,Không,0,Không\nB3-4,DD-B3,Không,0,Không\n"
        + "B3-5,DD-B3,Không,0,Không\nB3-6,DD-B3,Không,0,Không\nB3-9,DD-B3,Có,0,Không\n"
        + "B4-1,DD-B4,Không,0,Không\nB4-2,DD-B4,Không,0,Không\n";
  }

  @Test
  void theStaffSeeBarsTrendReconciliationAndDownloadsOnTheirPhone(@TempDir Path profile) {
    withPhone(profile, "usage-loi-xdd", phone -> {
      WebDriverWait wait = new WebDriverWait(phone, WAIT);
      signIn(phone, STAFF);
      WebElement link = wait.until(ExpectedConditions.elementToBeClickable(
          By.xpath("//a[contains(normalize-space(), 'Số liệu sử dụng')]")));
      assertThat(link.getText()).contains("Đảng ủy xã Nậm Cang");
      assertThat(link.getDomAttribute("href")).isEqualTo("/usage?organization=DD-X");
      link.click();

      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("bars")));
      wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#bars li.bar"), 5));
      Phone.screenshot(phone, "usage-01-bang-so-lieu-xa");

      assertThat(new Select(phone.findElement(By.id("app"))).getFirstSelectedOption().getDomAttribute("value"))
          .as("the newest app snapshot").isEqualTo(laterApp);
      assertThat(new Select(phone.findElement(By.id("members"))).getFirstSelectedOption().getDomAttribute("value"))
          .as("the newest member database snapshot").isEqualTo(database);
      assertThat(phone.findElement(By.id("title")).getText()).isEqualTo("Đảng ủy xã Nậm Cang");
      assertThat(phone.findElement(By.id("summary")).getText())
          .isEqualTo("6/16 đảng viên đang sinh hoạt đã truy cập, đạt tỷ lệ 37,5%");

      List<WebElement> bars = phone.findElements(By.cssSelector("#bars li.bar"));
      assertThat(bars).extracting(bar -> bar.findElement(By.className("name")).getText()).containsExactly(
          "Chi bộ bản Một", "Chi bộ bản Hai", "Chi bộ bản Ba", "Chi bộ bản Bốn", "Chi bộ bản Năm");
      assertThat(bars).extracting(bar -> bar.findElement(By.className("value")).getText())
          .containsExactly("100%", "60%", "20%", "0%", "Chưa có số liệu");
      assertThat(bars).extracting(bar -> bar.findElement(By.className("fill")).getDomAttribute("class")).containsExactly(
          "fill band-commended", "fill band-middle", "fill band-low", "fill band-not-deployed", "fill band-no-data");
      double first = bars.get(0).findElement(By.className("fill")).getRect().getWidth();
      double second = bars.get(1).findElement(By.className("fill")).getRect().getWidth();
      assertThat(second).as("60% drawn shorter than 100%").isBetween(first * 0.55, first * 0.65);
      assertThat(phone.findElements(By.cssSelector("#legend li"))).extracting(WebElement::getText).containsExactly(
          "Biểu dương", "Đang triển khai", "Tỷ lệ thấp", "Chưa triển khai", "Chưa có số liệu");
      assertThat(phone.findElement(By.id("limits")).getText()).as("the commune's bands, here the defaults")
          .isEqualTo("Biểu dương: từ 100%; tỷ lệ thấp: trên 0% đến 25%; chưa triển khai: 0%");
      assertThat(phone.findElement(By.id("footnote")).getText())
          .isEqualTo("Tính đến thời điểm 8 giờ 00 phút, ngày 20/3/2026");

      List<WebElement> points = phone.findElements(By.cssSelector("#trend svg circle.trend-point"));
      assertThat(points).as("one point per app snapshot").hasSize(2);
      assertThat(points).extracting(point -> point.getDomAttribute("data-snapshot")).containsExactly(app, laterApp);
      assertThat(phone.findElement(By.cssSelector("#trend polyline.trend-line")).getDomAttribute("points").split(" "))
          .hasSize(2);
      assertThat(phone.findElements(By.cssSelector("#trend text.trend-value"))).extracting(WebElement::getText)
          .containsExactly("31,25%", "37,5%");

      List<WebElement> categories = phone.findElements(By.cssSelector("#categories li"));
      assertThat(categories).extracting(c -> c.getDomAttribute("data-category") + "=" + c.findElement(By.className("count"))
          .getText()).containsExactly("missing-from-app=2", "not-in-database=1", "exempt-not-in-app=1",
          "organization-mismatch=1");
      String list = "/api/usage/reconciliation/members?organization=DD-X&app=" + laterApp + "&members=" + database;
      for (WebElement category : categories) {
        String kind = category.getDomAttribute("data-category");
        assertThat(category.findElements(By.tagName("a"))).extracting(a -> a.getDomAttribute("href")).containsExactly(
            list + "&category=" + kind + "&format=csv", list + "&category=" + kind + "&format=xlsx");
      }
      assertThat(phone.findElements(By.cssSelector("#support-counts li"))).extracting(c -> c.getDomAttribute("data-outcome")
          + "=" + c.findElement(By.className("count")).getText())
          .containsExactly("total=4", "pending=3", "loggedIn=1", "cannot=0");
      assertThat(phone.findElement(By.id("support-note")).getText()).isEmpty();
      assertThat(phone.findElement(By.id("support-csv")).getDomAttribute("href"))
          .isEqualTo("/api/usage/support/pairs/export?organization=DD-X&format=csv");
      assertThat(phone.findElement(By.id("support-xlsx")).getDomAttribute("href"))
          .isEqualTo("/api/usage/support/pairs/export?organization=DD-X&format=xlsx");
      assertThat(phone.findElement(By.id("letter")).getDomAttribute("href"))
          .isEqualTo("/api/usage/letter?organization=DD-X&app=" + laterApp + "&members=" + database);
      assertThat(phone.findElement(By.id("appendix")).getDomAttribute("href"))
          .isEqualTo("/api/usage/appendix?organization=DD-X&app=" + laterApp + "&members=" + database);
      Object overflow = ((JavascriptExecutor) phone).executeScript(
          "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
      assertThat(((Number) overflow).intValue()).as("nothing wider than the phone").isLessThanOrEqualTo(0);
      screenshotFullPage(phone, "usage-02-bang-so-lieu-ca-trang");

      new Select(phone.findElement(By.id("app"))).selectByValue(app);
      wait.until(ExpectedConditions.textToBe(By.id("summary"), "5/16 đảng viên đang sinh hoạt đã truy cập, đạt tỷ lệ 31,25%"));
      assertThat(phone.findElement(By.id("letter")).getDomAttribute("href")).contains("&app=" + app + "&");
    });
    // The list behind a link, as the staff's browser session downloads it; B4-4 has no account on the app.
    String csv = Http.browser(port, STAFF, PASSWORD).get("/api/usage/reconciliation/members?organization=DD-X&app=" + laterApp
        + "&members=" + database + "&category=missing-from-app&format=csv").body();
    assertThat(csv).contains("B4-3,Đảng viên B4-3", "B4-4,Đảng viên B4-4");
    String pairs = Http.browser(port, STAFF, PASSWORD).get("/api/usage/support/pairs/export?organization=DD-X&format=csv").body();
    assertThat(pairs.lines()).hasSize(5).anySatisfy(line -> assertThat(line)
        .startsWith("B4-4,Đảng viên B4-4,DD-B4,Chi bộ bản Bốn,1950,Cao tuổi,Có,Đoàn Thanh niên,"));
  }

  @Test
  void theNeighbouringCommuneGetsAVietnameseNotFound(@TempDir Path profile) {
    withPhone(profile, "usage-loi-xa-ben-canh", phone -> {
      WebDriverWait wait = new WebDriverWait(phone, WAIT);
      signIn(phone, NEIGHBOUR);
      phone.get(url("/usage?organization=DD-X"));
      WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("error")));
      Phone.screenshot(phone, "usage-03-xa-ben-canh-khong-thay");
      assertThat(error.getText()).isEqualTo("Không tìm thấy số liệu: Không có tổ chức \"DD-X\". Tổ chức không tồn tại"
          + " hoặc bạn không có quyền xem tổ chức này.");
      assertThat(phone.findElement(By.id("content")).isDisplayed()).isFalse();
      assertThat(phone.findElement(By.tagName("body")).getText()).doesNotContain("Chi bộ bản");
    });
  }

  private String upload(String kind, String asOf, String file) {
    HttpResponse<String> response = asAdmin().postFile("/api/usage/" + kind + "/import?organization=DD-X&asOf=" + asOf,
        "tep.csv", utf8(file));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return String.valueOf(snapshotId(response));
  }

  private static String members(String prefix, int count) {
    StringBuilder rows = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      rows.append(prefix).append('-').append(i).append(",DD-").append(prefix).append(",Đảng viên ").append(prefix)
          .append('-').append(i).append(",Đang sinh hoạt,").append(prefix.equals("B4") ? 1950 : 1990).append('\n');
    }
    return rows.toString();
  }

  private void signIn(WebDriver phone, String userId) {
    Phone.signIn(phone, url(""), userId, PASSWORD, WAIT, filled -> { });
  }

  /** A fresh headless Chromium emulating a 360 px phone. */
  private void withPhone(Path profile, String failureName, Consumer<WebDriver> steps) {
    Phone.with(profile, "vi-VN", PHONE_WIDTH, 780, failureName, steps);
  }

  private String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** The whole page at the phone's width: the viewport grown to the page's height for one shot. */
  private static void screenshotFullPage(WebDriver phone, String name) {
    Object height = ((JavascriptExecutor) phone).executeScript("return document.documentElement.scrollHeight");
    ((ChromeDriver) phone).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", PHONE_WIDTH,
        "height", ((Number) height).intValue(), "deviceScaleFactor", 1, "mobile", true));
    Phone.screenshot(phone, name);
    ((ChromeDriver) phone).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", PHONE_WIDTH,
        "height", 780, "deviceScaleFactor", 1, "mobile", true));
  }
}
