package vn.dondoc.hello.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.dondoc.testsupport.ProcessModels;

class HelloProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("camunda-process-test.cfg.xml").build();

  ProcessEngine processEngine;
  String deploymentId;

  @BeforeEach
  void deploy() {
    processEngine = engine.getProcessEngine();
    Mocks.register("recordAcknowledgementDelegate", new RecordAcknowledgementDelegate());
    deploymentId = ProcessModels.deploy(processEngine.getRepositoryService(), "processes/hello.bpmn").getId();
  }

  @AfterEach
  void undeploy() {
    processEngine.getRepositoryService().deleteDeployment(deploymentId, true);
    processEngine.getIdentityService().clearAuthentication();
    Mocks.reset();
    ClockUtil.reset();
  }

  @Test
  void theRecipientGroupAcknowledgesAndTheAcknowledgementIsRecorded() {
    Instant now = Instant.parse("2026-03-10T10:00:00Z");
    ClockUtil.setCurrentTime(Date.from(now));
    ProcessInstance instance = processEngine.getRuntimeService().startProcessInstanceByKey(HelloProcess.KEY,
        withVariables(HelloProcess.VAR_ORGANIZATION_CODE, "CB-BANMOI", HelloProcess.VAR_MESSAGE, "Họp chi bộ ngày 5"));

    assertThat(instance).isWaitingAt(HelloProcess.TASK_ACKNOWLEDGE);
    assertThat(task()).hasCandidateGroup("org:CB-BANMOI");

    processEngine.getIdentityService().setAuthenticatedUserId("bithu.banmoi");
    complete(task(), withVariables(HelloProcess.VAR_ACKNOWLEDGED, true));

    assertThat(instance).hasPassedInOrder(HelloProcess.TASK_ACKNOWLEDGE, HelloProcess.TASK_RECORD, HelloProcess.END_ACKNOWLEDGED)
        .isEnded()
        .variables()
        .containsEntry(HelloProcess.VAR_ACKNOWLEDGED_BY, "bithu.banmoi")
        .containsEntry(HelloProcess.VAR_ACKNOWLEDGED_AT, Date.from(now));
  }

  @Test
  void theTaskFormIsTheOneDeployedWithTheProcess() throws IOException {
    ProcessInstance instance = processEngine.getRuntimeService().startProcessInstanceByKey(HelloProcess.KEY,
        withVariables(HelloProcess.VAR_ORGANIZATION_CODE, "CB-BANMOI", HelloProcess.VAR_MESSAGE, "Họp chi bộ"));

    try (InputStream form = processEngine.getFormService().getDeployedTaskForm(task(instance).getId())) {
      assertThat(new String(form.readAllBytes(), StandardCharsets.UTF_8)).contains("\"id\": \"hello-acknowledge\"");
    }
  }
}
