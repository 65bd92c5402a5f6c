package vn.dondoc.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

public final class ChromiumCondition implements ExecutionCondition {

  /** Debian's packages chromium and chromium-driver; the tests use exactly these, never a download. */
  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    List<Path> missing = missing();
    if (missing.isEmpty()) {
      return ConditionEvaluationResult.enabled("Chromium tại " + CHROMIUM + ", ChromeDriver tại " + CHROMEDRIVER);
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      // Enabled so that the test runs and fails on the missing browser instead of passing silently.
      return ConditionEvaluationResult.enabled("CI: kiểm thử trình duyệt không được bỏ qua dù thiếu " + missing);
    }
    return ConditionEvaluationResult.disabled("Không có " + missing + " (cài gói chromium và chromium-driver)");
  }

  /** The browser files that are not there (or not executable); empty when the test can run. */
  public static List<Path> missing() {
    return List.of(CHROMIUM, CHROMEDRIVER).stream().filter(path -> !Files.isExecutable(path)).toList();
  }
}
