package vn.dondoc.testsupport;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;

/**
 * Process tests with the application's real delegates, forms and tables, on an in-memory H2
 * database in PostgreSQL mode. The job executor is off: tests move the engine clock and run the
 * due jobs themselves, never sleep. Publishing starts follow-ups in batches of two.
 */
@SpringBootTest(properties = {
    "spring.datasource.url=jdbc:h2:mem:dondoc-process-tests;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    // Small batches, so that a commune's few branches already make several.
    "dondoc.directive.start-batch-size=2",
    "dondoc.admin.user=qtv",
    "dondoc.admin.password=kiem-thu-quy-trinh",
    TestProperties.USAGE_HASH_KEY})
@ActiveProfiles("process-test")
public abstract class SpringProcessTest {

  @Autowired
  protected ProcessEngine engine;

  @BeforeEach
  void bindAssertions() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** Sets the engine's (and so the application's) clock to a moment in Vietnam. */
  protected static void clockAt(String localDateTime) {
    EngineClock.clockAt(localDateTime);
  }

  /** The instance's one open task of that key; {@code null} when there is none. */
  protected Task task(ProcessInstance instance, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(key)
        .singleResult();
  }

  /** Runs every job due now (asynchronous continuations, fired timers), as the job executor would. */
  protected void runDueJobs() {
    ManagementService management = engine.getManagementService();
    for (int round = 0; round < 20; round++) {
      var due = management.createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.stream().map(Job::getId).forEach(management::executeJob);
    }
    throw new IllegalStateException("Công việc nền không dừng sau 20 vòng");
  }
}
