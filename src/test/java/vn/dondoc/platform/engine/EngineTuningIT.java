package vn.dondoc.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dondoc.testsupport.PostgresApplicationTest;

/** The engine's settings and additions for speed, on PostgreSQL: they must not change who sees what. */
class EngineTuningIT extends PostgresApplicationTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired ProcessEngine engine;

  @Test
  void subTaskLookupsUseTheAddedIndex() {
    assertThat(jdbc.queryForList("SELECT indexdef FROM pg_indexes WHERE tablename = 'act_ru_task'", String.class))
        .anySatisfy(definition -> assertThat(definition.toLowerCase()).contains("dd_idx_act_task_parent")
            .contains("(parent_task_id_)"));
  }

  @Test
  void groupsWithoutAnyAuthorizationChangeNoDecision() {
    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId("tuning-readers");
    grant.setResource(Resources.USER);
    grant.setResourceId(ADMIN);
    grant.addPermission(Permissions.READ);
    authorizations.saveAuthorization(grant);
    try {
      // Short group lists go to the checks unfiltered: groups named in no authorization match nothing.
      assertThat(authorizations.isUserAuthorized("someone", List.of("tuning-readers", "no-grants-1", "no-grants-2"),
          Permissions.READ, Resources.USER, ADMIN)).isTrue();
      assertThat(authorizations.isUserAuthorized("someone", List.of("no-grants-1", "no-grants-2"),
          Permissions.READ, Resources.USER, ADMIN)).isFalse();
      identityService.setAuthentication("someone", List.of("no-grants-1", "tuning-readers"));
      try {
        assertThat(identityService.createUserQuery().userId(ADMIN).count()).isOne();
      } finally {
        identityService.clearAuthentication();
      }
      identityService.setAuthentication("someone", List.of("no-grants-1", "no-grants-2"));
      try {
        assertThat(identityService.createUserQuery().userId(ADMIN).count()).isZero();
      } finally {
        identityService.clearAuthentication();
      }
    } finally {
      authorizations.deleteAuthorization(grant.getId());
    }
  }
}
