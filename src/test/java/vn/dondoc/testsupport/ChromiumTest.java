package vn.dondoc.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that drives Debian's Chromium ({@code /usr/bin/chromium}) through its ChromeDriver
 * ({@code /usr/bin/chromedriver}). Without them it is skipped on a developer's machine and fails in
 * CI ({@code CI=true}), where the suite must not skip; {@code .ci/run} installs both.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(ChromiumCondition.class)
public @interface ChromiumTest {
}
