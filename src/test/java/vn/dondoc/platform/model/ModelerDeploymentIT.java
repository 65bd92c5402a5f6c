package vn.dondoc.platform.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dondoc.testsupport.PostgresApplicationTest;

/**
 * Deployments posted to {@code /engine-rest/deployment/create} with Basic auth, the way Camunda
 * Modeler sends them (bare file names, forms attached): the linter refuses a violating model
 * with 400 naming the file, the element and the rule, and lets a valid one through.
 */
class ModelerDeploymentIT extends PostgresApplicationTest {

  @Autowired
  RepositoryService repositoryService;

  @Test
  void aViolatingModelIsRefusedNamingFileElementAndRule() throws IOException {
    String bpmn = hello()
        .replace(" camunda:historyTimeToLive=\"180\"", "")
        .replace("Task_RecordAcknowledgement", "Activity_0x1y2z3");
    HttpResponse<String> response = deploy("vi-pham", bpmn, true);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"type\":\"ParseException\"", "hello.bpmn",
        "history-time-to-live", "no-modeler-default-id", "\"mainElementId\":\"Activity_0x1y2z3\"");
    assertThat(repositoryService.createDeploymentQuery().deploymentName("vi-pham").count()).isZero();
  }

  @Test
  void aUserTaskWhoseFormIsNotInTheDeploymentIsRefused() throws IOException {
    HttpResponse<String> response = deploy("thieu-bieu-mau", hello(), false);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("user-task-form", "\"mainElementId\":\"Task_Acknowledge\"", "hello-acknowledge");
  }

  @Test
  void aServiceTaskCallingAMissingBeanIsRefused() throws IOException {
    String bpmn = hello().replace("${recordAcknowledgementDelegate}", "${khongCoBeanNay}");
    HttpResponse<String> response = deploy("bean-sai", bpmn, true);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("service-task-delegate", "khongCoBeanNay", "\"mainElementId\":\"Task_RecordAcknowledgement\"");
  }

  @Test
  void aValidModelDeploysAsANewVersion() throws IOException {
    int before = repositoryService.createProcessDefinitionQuery().processDefinitionKey("hello").latestVersion()
        .singleResult().getVersion();
    String bpmn = hello().replace("name=\"Gửi thông báo\"", "name=\"Gửi thông báo mới\"");
    HttpResponse<String> response = deploy("hop-le", bpmn, true);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    ProcessDefinition latest = repositoryService.createProcessDefinitionQuery().processDefinitionKey("hello")
        .latestVersion().singleResult();
    assertThat(latest.getVersion()).isEqualTo(before + 1);
    assertThat(repositoryService.createDeploymentQuery().deploymentId(latest.getDeploymentId()).singleResult().getSource())
        .isEqualTo("Camunda Modeler");
  }

  private HttpResponse<String> deploy(String name, String bpmn, boolean withForms) throws IOException {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("deployment-name", name);
    fields.put("deployment-source", "Camunda Modeler");
    fields.put("enable-duplicate-filtering", "true");
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("hello.bpmn", bpmn.getBytes(StandardCharsets.UTF_8));
    if (withForms) {
      files.put("hello-start.form", Files.readAllBytes(Path.of("forms/hello-start.form")));
      files.put("hello-acknowledge.form", Files.readAllBytes(Path.of("forms/hello-acknowledge.form")));
    }
    return asAdmin().postMultipart("/engine-rest/deployment/create", fields, files);
  }

  private static String hello() throws IOException {
    return Files.readString(Path.of("processes/hello.bpmn"), StandardCharsets.UTF_8);
  }
}
