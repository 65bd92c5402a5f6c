package vn.dondoc.directive;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.flowable.engine.ProcessEngine;
import org.flowable.engine.ProcessEngineConfiguration;
import org.flowable.task.api.Task;
import vn.dondoc.testsupport.PostgresDatabase;

/**
 * The yardstick for completing a task: a bare one-user-task process on Flowable 7.2 with
 * its default settings, on its own fresh database of the same PostgreSQL server, timed in the same
 * run as Camunda's bare process and Đôn đốc's follow-ups, so that all three meet the machine in the
 * same phase. Only the benchmark uses it.
 */
final class FlowableReference implements AutoCloseable {

  private static final String KEY = "bench-bare-task";
  private static final String BPMN = """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="http://dondoc.vn/bpmn">
        <process id="bench-bare-task" name="Đo tải: một việc cần làm" isExecutable="true">
          <startEvent id="StartEvent_BareStarted" />
          <sequenceFlow id="Flow_ToBareTask" sourceRef="StartEvent_BareStarted" targetRef="Task_BareAcknowledge" />
          <userTask id="Task_BareAcknowledge" name="Xác nhận" xmlns:flowable="http://flowable.org/bpmn"
                    flowable:candidateGroups="xdd:BM-T" />
          <sequenceFlow id="Flow_ToBareDone" sourceRef="Task_BareAcknowledge" targetRef="EndEvent_BareDone" />
          <endEvent id="EndEvent_BareDone" />
        </process>
      </definitions>
      """;

  private final String url = PostgresDatabase.create();
  private final ProcessEngine engine;

  FlowableReference() {
    engine = ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration()
        .setJdbcUrl(url)
        .setJdbcDriver("org.postgresql.Driver")
        .setJdbcUsername(PostgresDatabase.user())
        .setJdbcPassword(PostgresDatabase.password())
        .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
        .setEngineName("flowable-reference")
        .buildProcessEngine();
    engine.getRepositoryService().createDeployment().addString(KEY + ".bpmn20.xml", BPMN).deploy();
  }

  void start() {
    engine.getRuntimeService().startProcessInstanceByKey(KEY);
  }

  /** The ids of up to {@code count} open tasks. */
  List<String> tasks(int count) {
    return engine.getTaskService().createTaskQuery().processDefinitionKey(KEY).listPage(0, count).stream()
        .map(Task::getId).toList();
  }

  void complete(String taskId) {
    engine.getTaskService().complete(taskId, Map.of("acknowledged", true));
  }

  long open() {
    return engine.getTaskService().createTaskQuery().processDefinitionKey(KEY).count();
  }

  long finished() {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(KEY).finished().count();
  }

  /** Its database holds only Flowable's tables: all of them, as the benchmark does for Camunda's between phases. */
  void vacuumAnalyze() {
    try (Connection connection = DriverManager.getConnection(url, PostgresDatabase.user(), PostgresDatabase.password());
        Statement statement = connection.createStatement()) {
      statement.execute("VACUUM (ANALYZE)");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The settings that bear on a completion: history level, async executor, bulk insert. */
  String settings() {
    var configuration = (org.flowable.engine.impl.cfg.ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return "history " + configuration.getHistoryLevel().getKey() + ", async executor "
        + (configuration.isAsyncExecutorActivate() ? "on" : "off") + ", bulk insert " + configuration.isBulkInsertEnabled();
  }

  @Override
  public void close() {
    engine.close();
  }
}
