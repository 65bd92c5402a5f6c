package vn.dondoc.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.dondoc.testsupport.ChromiumTest;
import vn.dondoc.testsupport.Phone;
import vn.dondoc.testsupport.PostgresApplicationTest;

/**
 * The inspection committee of a commune on a 360 px phone: from the start page to its page, runs the
 * selection of the month with the page's form, sees the low branch chosen for a thematic supervision
 * with its reason, and that supervision among the open ones. Real headless Chromium.
 */
@ChromiumTest
class SupervisionPageBrowserIT extends PostgresApplicationTest {

  static final Duration WAIT = Duration.ofSeconds(30);

  @Test
  void theCommitteeSelectsOnItsPhone(@TempDir Path profile) {
    HttpResponse<String> imported = importOrganizations("to-chuc.csv", """
        Mã;Tên;Loại;Mã cấp trên
        GP-X;Đảng ủy xã Pa Vệ Sủ;Đảng ủy xã;
        GP-B1;Chi bộ bản Một;Chi bộ cơ sở;GP-X
        GP-B2;Chi bộ bản Hai;Chi bộ cơ sở;GP-X
        """.getBytes(StandardCharsets.UTF_8));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    user("gp.xdd", "xdd:GP-X");
    user("gp.ubkt", "ubkt:GP-X");
    HttpResponse<String> usage = as("gp.xdd").postFile("/api/usage/app-organizations/import?organization=GP-X&asOf=2026-01-10T17:00",
        "so-lieu.csv", ("Mã tổ chức,Số đảng viên,Số miễn sinh hoạt,Số đã kích hoạt,Số đã truy cập,Số sử dụng thường xuyên\n"
            + "GP-B1,10,0,10,10,8\nGP-B2,10,0,3,1,0\n").getBytes(StandardCharsets.UTF_8));
    assertThat(usage.statusCode()).as(usage.body()).isEqualTo(200);

    Phone.with(profile, "vi-VN", 360, 780, "giam-sat-loi", phone -> {
      WebDriverWait wait = new WebDriverWait(phone, WAIT);
      Phone.signIn(phone, "http://localhost:" + port, "gp.ubkt", PASSWORD, WAIT, filled -> { });
      WebElement link = wait.until(ExpectedConditions.elementToBeClickable(
          By.xpath("//a[contains(normalize-space(), 'Giám sát, kiểm tra')]")));
      assertThat(link.getText()).contains("Đảng ủy xã Pa Vệ Sủ");
      link.click();
      wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("no-selection")));
      assertThat(phone.findElement(By.id("no-supervision")).isDisplayed()).isTrue();
      assertThat(phone.findElement(By.id("title")).getText()).isEqualTo("Đảng ủy xã Pa Vệ Sủ");

      phone.findElement(By.id("period")).sendKeys("2026-01");
      phone.findElement(By.id("select")).click();
      wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#selections li.item"), 2));
      wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#supervisions li.item"), 1));
      Phone.screenshot(phone, "giam-sat-01-lua-chon");

      List<WebElement> rows = phone.findElements(By.cssSelector("#selections li.item"));
      assertThat(rows.get(0).getDomAttribute("data-code")).isEqualTo("GP-B2");
      assertThat(rows.get(0).getText()).contains("Chi bộ bản Hai: Giám sát chuyên đề",
          "Tỷ lệ truy cập thấp hoặc chưa triển khai ứng dụng", "Ưu tiên 3");
      assertThat(rows.get(1).getText()).contains("Chi bộ bản Một: Chưa cần giám sát, kiểm tra");
      assertThat(phone.findElement(By.id("selection-note")).getText()).contains("Kỳ 2026-01", "inspection-selection");
      assertThat(phone.findElement(By.id("supervisions")).getText())
          .contains("Giám sát chuyên đề · Tháng 1/2026", "Chi bộ bản Hai", "Đang lập kế hoạch");
      Number width = (Number) ((org.openqa.selenium.JavascriptExecutor) phone)
          .executeScript("return document.documentElement.scrollWidth;");
      assertThat(width.intValue()).as("no sideways scrolling on the phone").isLessThanOrEqualTo(360);

      phone.findElement(By.id("period")).clear();
      phone.findElement(By.id("period")).sendKeys("2026-13");
      phone.findElement(By.id("select")).click();
      assertThat(phone.findElements(By.cssSelector("#period:invalid"))).as("the browser checks the period").hasSize(1);
    });
  }
}
