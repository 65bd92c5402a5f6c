package vn.dondoc.platform.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator once the engine is built: a member of {@code camunda-admin},
 * which holds every permission on every resource. An existing user is left as it is, so a password
 * changed in Camunda Admin survives restarts.
 */
@Component
class AdministratorBootstrap extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(AdministratorBootstrap.class);

  private final AdminProperties properties;

  AdministratorBootstrap(AdminProperties properties) {
    if (properties.oneBlank()) {
      throw new IllegalStateException("Cần đặt cả DONDOC_ADMIN_USER và DONDOC_ADMIN_PASSWORD, hoặc không đặt biến nào");
    }
    this.properties = properties;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    IdentityService identity = engine.getIdentityService();
    ensureAdminGroup(identity, engine.getAuthorizationService());
    String userId = properties.bothBlank() ? AdminProperties.DEFAULT_USER : properties.user();
    if (identity.createUserQuery().userId(userId).count() > 0) {
      return;
    }
    String password = properties.bothBlank() ? Passwords.random() : properties.password();
    User user = identity.newUser(userId);
    user.setFirstName("Quản trị");
    user.setLastName("hệ thống");
    user.setPassword(password);
    identity.saveUser(user);
    identity.createMembership(userId, Groups.CAMUNDA_ADMIN);
    if (properties.bothBlank()) {
      log.warn("""

          ================================================================
           Đã tạo quản trị viên đầu tiên / first administrator created
             tên đăng nhập / user:     {}
             mật khẩu / password:      {}
           Mật khẩu chỉ in một lần: hãy đổi ngay trong Camunda Admin.
          ================================================================""", userId, password);
    } else {
      log.info("Đã tạo quản trị viên {} từ DONDOC_ADMIN_USER", userId);
    }
  }

  private static void ensureAdminGroup(IdentityService identity, AuthorizationService authorizations) {
    if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
      Group group = identity.newGroup(Groups.CAMUNDA_ADMIN);
      group.setName("Quản trị hệ thống");
      group.setType(Groups.GROUP_TYPE_SYSTEM);
      identity.saveGroup(group);
    }
    for (Resource resource : Resources.values()) {
      boolean granted = authorizations.createAuthorizationQuery()
          .groupIdIn(Groups.CAMUNDA_ADMIN).resourceType(resource).resourceId(Authorization.ANY).count() > 0;
      if (!granted) {
        Grants.grant(authorizations, Groups.CAMUNDA_ADMIN, resource, Authorization.ANY, Permissions.ALL);
      }
    }
  }
}
