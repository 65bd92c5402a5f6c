package vn.dondoc.testsupport;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dondoc.platform.security.Passwords;

/**
 * The whole application on a real port and a fresh PostgreSQL database, in its production
 * profile. Subclasses share one Spring context (and so one database): keep their data apart.
 */
@PostgresTest
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
public abstract class PostgresApplicationTest {

  protected static final String ADMIN = "qtv";
  /** Generated per run, like every password in Đôn đốc; test users get it too. */
  protected static final String PASSWORD = Passwords.random();

  @LocalServerPort
  protected int port;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = PostgresDatabase.create();
    PostgresDatabase.springProperties(url).forEach((key, value) -> registry.add(key, () -> value));
    registry.add("dondoc.admin.user", () -> ADMIN);
    registry.add("dondoc.admin.password", () -> PASSWORD);
  }

  protected Http asAdmin() {
    return Http.basic(port, ADMIN, PASSWORD);
  }

  protected Http anonymous() {
    return Http.anonymous(port);
  }

  protected Http as(String userId) {
    return Http.basic(port, userId, PASSWORD);
  }

  /** Imports an organisation file through the API, as the administrator. */
  protected java.net.http.HttpResponse<String> importOrganizations(String fileName, byte[] content) {
    return asAdmin().postFile("/api/organizations/import", fileName, content);
  }
}
