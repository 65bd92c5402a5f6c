package vn.dondoc.platform.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.DbEntity;
import org.camunda.bpm.engine.impl.db.entitymanager.cache.DbEntityCache;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Three look-ups Camunda's authorization code makes that Đôn đốc's use makes costly and pointless;
 * none changes a decision.
 *
 * <ul>
 *   <li><b>Revokes.</b> Đôn đốc only grants. Camunda's default ({@code authorizationCheckRevokes:
 *       auto}) still asks the database, in every command a signed-in user runs, whether a REVOKE
 *       names him or one of his groups: a fifth of a secretary's task list over REST. The check is
 *       off ({@code camunda.bpm.authorization.authorization-check-revokes: never}), and this manager
 *       refuses to store a REVOKE — from Admin, the REST API or code — with a message that says to
 *       take the grant away instead; a database that holds one from elsewhere stops the start.</li>
 *   <li><b>The user's groups.</b> Before every authorization check, Camunda narrows the user's
 *       groups to those named in some authorization, found with
 *       {@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION} — once per command, a scan of
 *       the whole table. Đôn đốc keeps grants per task and per follow-up there, so the table grows
 *       with use (65.000 rows after one province directive) and that scan became most of every
 *       authenticated call: 18–22 ms of a secretary's task list. The narrowing only shortens the
 *       {@code GROUP_ID_ IN (…)} lists of the checks that follow, since a group without
 *       authorizations matches no row; a user here is in a handful of groups, so lists up to
 *       {@code dondoc.engine.authorization-group-filter-threshold} go to the checks as they are.
 *       (The same option is {@code authGroupFilterThreshold} in the CIB seven and Operaton forks.)</li>
 *   <li><b>Grants of a new task.</b> When a task gets its assignee and candidate groups, Camunda
 *       first looks for an existing grant on the task to add the permissions to: four queries per
 *       task of a follow-up (runtime and history, assignee and group). For a task created in the
 *       same command none can exist in the database; grants made earlier in the command are found
 *       in its cache as before.</li>
 * </ul>
 */
@Component
class AuthorizationShortcutsPlugin extends AbstractProcessEnginePlugin {

  private final int groupFilterThreshold;

  AuthorizationShortcutsPlugin(@Value("${dondoc.engine.authorization-group-filter-threshold}") int groupFilterThreshold) {
    this.groupFilterThreshold = groupFilterThreshold;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    SessionFactory shortcuts = new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new ShortGroupListAuthorizationManager(groupFilterThreshold);
      }
    };
    configuration.setCustomSessionFactories(EngineLists.plus(configuration.getCustomSessionFactories(), shortcuts));
    configuration.setResourceAuthorizationProvider(new NewTaskAuthorizationProvider());
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    long revokes = engine.getAuthorizationService().createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_REVOKE).count();
    if (revokes > 0) {
      throw new IllegalStateException("Cơ sở dữ liệu có " + revokes + " quyền thu hồi (REVOKE) trong ACT_RU_AUTHORIZATION."
          + " Đôn đốc không kiểm tra quyền thu hồi: hãy xoá chúng và bỏ quyền cấp (GRANT) tương ứng thay vào đó.");
    }
  }

  /** Camunda's manager, except that short group lists skip the scan and no REVOKE is stored. */
  static class ShortGroupListAuthorizationManager extends AuthorizationManager {

    static final String NO_REVOKES = "Đôn đốc không dùng quyền thu hồi (REVOKE), vì động cơ quy trình không kiểm tra chúng:"
        + " hãy bỏ quyền cấp (GRANT) của người dùng hoặc nhóm đó thay vào đó.";

    private final int threshold;

    ShortGroupListAuthorizationManager(int threshold) {
      this.threshold = threshold;
    }

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty() || authenticatedGroupIds.size() > threshold) {
        return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
      }
      // A mutable list, as the engine's own (MyBatis reflects on it).
      return new ArrayList<>(new LinkedHashSet<>(authenticatedGroupIds));
    }

    @Override
    public void insert(DbEntity authorization) {
      refuseRevoke(authorization);
      super.insert(authorization);
    }

    @Override
    public void update(AuthorizationEntity authorization) {
      refuseRevoke(authorization);
      super.update(authorization);
    }

    private static void refuseRevoke(DbEntity authorization) {
      if (authorization instanceof AuthorizationEntity entity && entity.getAuthorizationType() == Authorization.AUTH_TYPE_REVOKE) {
        throw new BadUserRequestException(NO_REVOKES);
      }
    }
  }

  /** Camunda's default grants, without looking in the database for grants of a task it is creating. */
  static class NewTaskAuthorizationProvider extends DefaultAuthorizationProvider {

    @Override
    protected AuthorizationEntity getGrantAuthorization(String taskId, String userId, String groupId, Resource resource) {
      DbEntityCache cache = Context.getCommandContext().getDbEntityManager().getDbEntityCache();
      TaskEntity task = cache.get(TaskEntity.class, taskId);
      if (task != null && cache.isTransient(task)) {
        return null;
      }
      return super.getGrantAuthorization(taskId, userId, groupId, resource);
    }
  }
}
