package vn.dondoc.platform.security;

import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.stereotype.Component;

/**
 * What every signed-in user may do, whatever his organisation: open Tasklist, read process
 * definitions (to see their forms and diagrams; definitions hold no data), and use the two shared
 * Tasklist filters. What a user sees of tasks and instances is decided per organisation elsewhere.
 */
@Component
class BaselineAuthorizations extends AbstractProcessEnginePlugin {

  static final String MY_TASKS = "Việc của tôi";
  static final String ALL_TASKS = "Tất cả việc tôi được xem";

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    AuthorizationService authorizations = engine.getAuthorizationService();
    grantEveryone(authorizations, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grantEveryone(authorizations, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
    FilterService filters = engine.getFilterService();
    if (filters.createFilterQuery().count() == 0) {
      Filter mine = filters.newTaskFilter(MY_TASKS)
          .setQuery(engine.getTaskService().createTaskQuery()
              .taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks())
          .setProperties(Map.<String, Object>of("description", "Việc giao cho tôi hoặc cho tổ chức của tôi", "priority", -10));
      filters.saveFilter(mine);
      Filter all = filters.newTaskFilter(ALL_TASKS)
          .setQuery(engine.getTaskService().createTaskQuery())
          .setProperties(Map.<String, Object>of("description", "Mọi việc trong phạm vi tôi được xem", "priority", 0));
      filters.saveFilter(all);
      grantEveryone(authorizations, Resources.FILTER, mine.getId(), Permissions.READ);
      grantEveryone(authorizations, Resources.FILTER, all.getId(), Permissions.READ);
    }
  }

  private static void grantEveryone(AuthorizationService authorizations, Resource resource, String resourceId,
      Permission permission) {
    boolean granted = authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
        .resourceType(resource).resourceId(resourceId).count() > 0;
    if (!granted) {
      Authorization global = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
      global.setUserId(Authorization.ANY);
      global.setResource(resource);
      global.setResourceId(resourceId);
      global.addPermission(permission);
      authorizations.saveAuthorization(global);
    }
  }
}
