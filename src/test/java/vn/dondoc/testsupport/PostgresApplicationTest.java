package vn.dondoc.testsupport;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.dondoc.platform.security.Passwords;

/**
 * The whole application on a real port and a fresh PostgreSQL database, in its production
 * profile, sending mail to {@link TestSmtp}. Subclasses share one Spring context (and so one
 * database): keep their data apart, and never add properties of their own — a second context would
 * register a second engine named "default", and the REST API of one could reach the other's.
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

  @Autowired
  protected IdentityService identityService;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    String url = PostgresDatabase.create();
    PostgresDatabase.springProperties(url).forEach((key, value) -> registry.add(key, () -> value));
    registry.add("dondoc.admin.user", () -> ADMIN);
    registry.add("dondoc.admin.password", () -> PASSWORD);
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> TestSmtp.PORT);
    registry.add("dondoc.mail.from", () -> TestSmtp.FROM);
    registry.add("dondoc.mail.poll-interval", () -> "200ms");
    registry.add("dondoc.base-url", () -> "https://dondoc.example.vn/");
    // Background work (fan-out, fired timers) is picked up within a second, not a minute.
    registry.add("camunda.bpm.job-execution.wait-time-in-millis", () -> "200");
    registry.add("camunda.bpm.job-execution.max-wait", () -> "1000");
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

  /**
   * A user who signs in with {@link #PASSWORD}: created if missing (users an import created get the
   * password now), and made a member of the given groups.
   */
  protected void user(String userId, String... groupIds) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      user = identityService.newUser(userId);
      user.setFirstName("Cán bộ");
      user.setLastName(userId);
    }
    user.setPassword(PASSWORD);
    identityService.saveUser(user);
    for (String groupId : groupIds) {
      identityService.createMembership(userId, groupId);
    }
  }

  /** Imports an organisation file through the API, as the administrator. */
  protected java.net.http.HttpResponse<String> importOrganizations(String fileName, byte[] content) {
    return asAdmin().postFile("/api/organizations/import", fileName, content);
  }
}
