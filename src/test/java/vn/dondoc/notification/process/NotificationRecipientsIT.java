package vn.dondoc.notification.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dondoc.notification.Recipient;
import vn.dondoc.notification.Recipients;
import vn.dondoc.testsupport.PostgresApplicationTest;

/**
 * Recipients are found whoever runs the step: a branch leader, who may not read other users, must
 * still notify the party-building staff.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationRecipientsIT extends PostgresApplicationTest {

  @Autowired
  Recipients recipients;
  @Autowired
  IdentityService identity;

  @BeforeAll
  void users() {
    save("nt.rcp.leader", "Sùng A", "Chơ", null);
    save("nt.rcp.staff", "Nguyễn Thị", "Hoa", "nt.hoa@dondoc.example.vn");
  }

  @Test
  void foundByNameAndAddressEvenWhenTheStepRunsAsAUserWhoMayNotReadUsers() {
    identity.setAuthenticatedUserId("nt.rcp.leader");
    try {
      assertThat(identity.createUserQuery().userId("nt.rcp.staff").count()).as("the leader himself may not").isZero();

      Map<String, Recipient> found = recipients.find(List.of("nt.rcp.staff", "nt.rcp.leader", "nt.rcp.nobody"));

      assertThat(found).containsOnlyKeys("nt.rcp.staff", "nt.rcp.leader");
      assertThat(found.get("nt.rcp.staff")).isEqualTo(new Recipient("nt.rcp.staff", "Nguyễn Thị Hoa", "nt.hoa@dondoc.example.vn"));
      assertThat(found.get("nt.rcp.leader").hasEmail()).isFalse();
      assertThat(identity.getCurrentAuthentication().getUserId()).as("authentication untouched").isEqualTo("nt.rcp.leader");
      assertThat(identity.createUserQuery().userId("nt.rcp.staff").count()).as("checks back on").isZero();
    } finally {
      identity.clearAuthentication();
    }
  }

  private void save(String id, String firstName, String lastName, String email) {
    User user = identity.newUser(id);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(email);
    user.setPassword(PASSWORD);
    identity.saveUser(user);
  }
}
