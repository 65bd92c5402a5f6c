package vn.dondoc.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium emulating a phone, for the browser tests ({@link ChromiumTest}): its
 * own profile, so that no session, cookie or cached translation leaks from one user to the next;
 * the application's login page; screenshots kept in {@link #SCREENSHOTS}.
 */
public final class Phone {

  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private Phone() {
  }

  /**
   * Runs {@code steps} on a fresh phone of {@code width} × {@code height} CSS pixels whose browser
   * speaks {@code language}; quits it whatever happens, with a screenshot {@code failureName} of the
   * page it failed on.
   */
  public static void with(Path profile, String language, int width, int height, String failureName,
      Consumer<WebDriver> steps) {
    assertThat(ChromiumCondition.missing()).as("Chromium and ChromeDriver from Debian (apt-get install chromium chromium-driver)")
        .isEmpty();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(ChromiumCondition.CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=412,900", "--lang=" + language);
    // navigator.languages, from which Tasklist picks its locale, follows the accepted languages.
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    // Headless Chromium keeps windows at least 500 px wide; the phone's viewport is emulated.
    options.setExperimentalOption("mobileEmulation",
        Map.of("deviceMetrics", Map.of("width", width, "height", height, "pixelRatio", 1.0)));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(ChromiumCondition.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    WebDriver phone = new ChromeDriver(service, options);
    try {
      steps.accept(phone);
    } catch (RuntimeException | AssertionError e) {
      screenshot(phone, failureName);
      throw e;
    } finally {
      phone.quit();
    }
  }

  /**
   * Signs in through the application's Vietnamese login page (which also signs into Tasklist);
   * {@code beforeSubmit} sees the filled-in form.
   */
  public static void signIn(WebDriver phone, String baseUrl, String userId, String password, Duration wait,
      Consumer<WebDriver> beforeSubmit) {
    phone.get(baseUrl + "/login");
    WebDriverWait waiting = new WebDriverWait(phone, wait);
    waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(userId);
    phone.findElement(By.id("password")).sendKeys(password);
    beforeSubmit.accept(phone);
    phone.findElement(By.xpath("//button[@type='submit'][normalize-space()='Đăng nhập']")).click();
    waiting.until(driver -> !driver.getCurrentUrl().contains("/login"));
  }

  public static void screenshot(WebDriver phone, String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path png = ((TakesScreenshot) phone).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(png, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
