package vn.dondoc.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that needs PostgreSQL. It runs where a server is reachable; without one it is skipped
 * on a developer's machine and fails in CI ({@code CI=true}), where the suite must not skip.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@ExtendWith(PostgresCondition.class)
public @interface PostgresTest {
}
