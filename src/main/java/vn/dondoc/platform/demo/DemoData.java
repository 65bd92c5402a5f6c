package vn.dondoc.platform.demo;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.dondoc.platform.security.Grants;
import vn.dondoc.platform.security.Passwords;

/**
 * The {@code demo} profile (on by default for the embedded run): one user per role, so that a
 * new user can try every part of the cycle. Created once; the password comes from
 * {@code DONDOC_DEMO_PASSWORD} or is random and printed once.
 */
@Component
@Profile("demo")
class DemoData extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  /** A role: its group, its demo user, and which webapps it opens. */
  record Role(String groupId, String groupName, String userId, String firstName, String lastName, List<String> apps) {
  }

  static final List<Role> ROLES = List.of(
      new Role("xay-dung-dang", "Ban Xây dựng Đảng", "xaydungdang", "Nguyễn Thị", "Hoa", List.of("tasklist", "cockpit")),
      new Role("van-phong", "Văn phòng Đảng ủy", "vanphong", "Trần Văn", "Minh", List.of("tasklist", "cockpit")),
      new Role("kiem-tra", "Ủy ban Kiểm tra", "kiemtra", "Lò Văn", "Sáng", List.of("tasklist", "cockpit")),
      new Role("thuong-truc", "Thường trực Đảng ủy", "thuongtruc", "Vàng A", "Sử", List.of("tasklist", "cockpit")),
      new Role("bi-thu-chi-bo", "Bí thư chi bộ", "bithu", "Thào Seo", "Lìn", List.of("tasklist")));

  /** Staff start processes; everyone reads their definitions to see task forms. */
  static final String STARTING_GROUP = "xay-dung-dang";

  private final String configuredPassword;

  DemoData(@Value("${DONDOC_DEMO_PASSWORD:}") String configuredPassword) {
    this.configuredPassword = configuredPassword;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    if (identity.createUserQuery().userIdIn(ROLES.stream().map(Role::userId).toArray(String[]::new)).count() > 0) {
      return;
    }
    String password = configuredPassword.isBlank() ? Passwords.random() : configuredPassword;
    AuthorizationService authorizations = engine.getAuthorizationService();
    for (Role role : ROLES) {
      Group group = identity.newGroup(role.groupId());
      group.setName(role.groupName());
      group.setType("WORKFLOW");
      identity.saveGroup(group);
      User user = identity.newUser(role.userId());
      user.setFirstName(role.firstName());
      user.setLastName(role.lastName());
      user.setPassword(password);
      identity.saveUser(user);
      identity.createMembership(role.userId(), role.groupId());
      role.apps().forEach(app -> Grants.grant(authorizations, role.groupId(), Resources.APPLICATION, app, Permissions.ACCESS));
      if (role.groupId().equals(STARTING_GROUP)) {
        Grants.grant(authorizations, role.groupId(), Resources.PROCESS_DEFINITION, Authorization.ANY,
            Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
        Grants.grant(authorizations, role.groupId(), Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
      } else {
        Grants.grant(authorizations, role.groupId(), Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
      }
    }
    log.warn("""

        ================================================================
         Dữ liệu mẫu (demo): người dùng {}
         mật khẩu chung / shared password: {}
        ================================================================""",
        ROLES.stream().map(Role::userId).toList(), configuredPassword.isBlank() ? password : "(DONDOC_DEMO_PASSWORD)");
  }
}
