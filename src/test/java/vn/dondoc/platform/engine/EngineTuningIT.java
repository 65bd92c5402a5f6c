package vn.dondoc.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Date;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.postgresql.core.BaseConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dondoc.testsupport.PostgresApplicationTest;
import vn.dondoc.testsupport.Statements;

/** The engine's settings and additions for speed, on PostgreSQL: they must not change who sees what. */
class EngineTuningIT extends PostgresApplicationTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired DataSource dataSource;
  @Autowired ProcessEngine engine;

  /** Sub-task look-ups at every completion, and the job executor's look for due jobs. */
  @ParameterizedTest
  @CsvSource({"act_ru_task, dd_idx_act_task_parent, parent_task_id_", "act_ru_job, dd_idx_act_job_duedate, duedate_"})
  void addedIndexesExist(String table, String index, String column) {
    assertThat(jdbc.queryForList("SELECT indexdef FROM pg_indexes WHERE tablename = ?", String.class, table))
        .anySatisfy(definition -> assertThat(definition.toLowerCase()).contains(index).contains("(" + column + ")"));
  }

  @Test
  void batchedInsertsGoAsMultiRowStatements() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      assertThat(connection.unwrap(BaseConnection.class).getQueryExecutor().isReWriteBatchedInsertsEnabled()).isTrue();
    }
  }

  @Test
  void groupsWithoutAnyAuthorizationChangeNoDecision() {
    AuthorizationService authorizations = engine.getAuthorizationService();
    Authorization grant = readOfAdmin(Authorization.AUTH_TYPE_GRANT, "tuning-readers");
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

  @Test
  void noRevokeIsStoredSoNoneIsLookedFor() {
    assertThat(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getAuthorizationCheckRevokes())
        .isEqualTo("never");
    Authorization revoke = readOfAdmin(Authorization.AUTH_TYPE_REVOKE, "tuning-revoked");
    assertThatThrownBy(() -> engine.getAuthorizationService().saveAuthorization(revoke))
        .isInstanceOf(BadUserRequestException.class)
        .hasMessageContaining("không dùng quyền thu hồi (REVOKE)");

    // Admin's authorization page sends the same request.
    HttpResponse<String> refused = asAdmin().postJson("/engine-rest/authorization/create",
        "{\"type\": 2, \"permissions\": [\"READ\"], \"groupId\": \"tuning-revoked\", \"resourceType\": 1,"
            + " \"resourceId\": \"" + ADMIN + "\"}");
    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("không dùng quyền thu hồi (REVOKE)");
    assertThat(jdbc.queryForObject("SELECT count(*) FROM act_ru_authorization WHERE type_ = 2", Long.class)).isZero();
  }

  /** A task's history row starts when the task was created, and its later changes do not read it back. */
  @Test
  void taskHistoryStartsWithTheTaskAndIsNotReadBack() {
    TaskService tasks = engine.getTaskService();
    HistoryService history = engine.getHistoryService();
    Task task = tasks.newTask();
    task.setName("Tuning: history start");
    tasks.saveTask(task);
    String id = task.getId();
    try {
      long created = tasks.createTaskQuery().taskId(id).singleResult().getCreateTime().getTime();
      assertThat(history.createHistoricTaskInstanceQuery().taskId(id).singleResult().getStartTime().getTime())
          .isEqualTo(created);

      ClockUtil.setCurrentTime(new Date(created + 90_000));
      Statements statements = Statements.during(() -> {
        tasks.setAssignee(id, "tuning-user");
        tasks.complete(id);
      });
      // Camunda's own handler reads the history row back at each of the two (its start time, for the duration).
      assertThat(statements.counts(Statements::mine)).containsKey("TaskEntity.selectTask")
          .doesNotContainKey("HistoricTaskInstanceEntity.selectHistoricTaskInstanceEvent");

      HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(id).singleResult();
      assertThat(done.getAssignee()).isEqualTo("tuning-user");
      assertThat(done.getStartTime().getTime()).isEqualTo(created);
      assertThat(done.getEndTime().getTime()).isEqualTo(created + 90_000);
      assertThat(done.getDurationInMillis()).isEqualTo(90_000L);
      assertThat(done.getDeleteReason()).isEqualTo("completed");
    } finally {
      ClockUtil.reset();
      history.deleteHistoricTaskInstance(id);
    }
  }

  /** A grant of, or a revoke of, reading the administrator's user account, for one group. */
  private Authorization readOfAdmin(int type, String groupId) {
    Authorization authorization = engine.getAuthorizationService().createNewAuthorization(type);
    authorization.setGroupId(groupId);
    authorization.setResource(Resources.USER);
    authorization.setResourceId(ADMIN);
    if (type == Authorization.AUTH_TYPE_REVOKE) {
      authorization.removePermission(Permissions.READ);
    } else {
      authorization.addPermission(Permissions.READ);
    }
    return authorization;
  }
}
