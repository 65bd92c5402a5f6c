package vn.dondoc.platform.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import vn.dondoc.DondocApplication;
import vn.dondoc.testsupport.PostgresDatabase;
import vn.dondoc.testsupport.PostgresTest;

/**
 * Start-up deployment on PostgreSQL, with the application started and stopped as an operator
 * would: every model file is deployed, a restart without changes deploys nothing, and a changed
 * file gets exactly one new version.
 */
@PostgresTest
@ExtendWith(OutputCaptureExtension.class)
class ModelDeploymentIT {

  @TempDir
  static Path models;
  static String jdbcUrl;

  @BeforeAll
  static void copyModelsAndCreateDatabase() throws IOException {
    for (String folder : List.of(ModelDirectory.PROCESSES, ModelDirectory.FORMS)) {
      FileSystemUtils.copyRecursively(Path.of(folder), models.resolve(folder));
    }
    jdbcUrl = PostgresDatabase.create();
  }

  @Test
  void deploysEveryFileOnceAndEachChangeAsOneNewVersion(CapturedOutput output) throws IOException {
    Set<String> files = new ModelDirectory(models).read().stream().map(ModelFile::name).collect(Collectors.toSet());
    assertThat(files).contains("processes/hello.bpmn", "forms/hello-acknowledge.form", "forms/hello-start.form");

    Map<String, Integer> versionsAfterFirstStart;
    long deployments;
    try (ConfigurableApplicationContext app = start()) {
      RepositoryService repository = app.getBean(RepositoryService.class);
      assertThat(deployedResourceNames(repository)).containsAll(files);
      versionsAfterFirstStart = latestVersions(repository);
      deployments = repository.createDeploymentQuery().count();
      assertThat(versionsAfterFirstStart).containsEntry("hello", 1);
      assertThat(app.getBean(IdentityService.class).createUserQuery().userId("admin").count()).isOne();
    }
    assertThat(output.getOut()).containsOnlyOnce("mật khẩu / password:");

    try (ConfigurableApplicationContext app = start()) {
      assertThat(app.getBean(RepositoryService.class).createDeploymentQuery().count()).isEqualTo(deployments);
      assertThat(latestVersions(app.getBean(RepositoryService.class))).isEqualTo(versionsAfterFirstStart);
    }
    assertThat(output.getOut()).as("the random admin password is printed only when the admin is created")
        .containsOnlyOnce("mật khẩu / password:");

    Path hello = models.resolve("processes/hello.bpmn");
    Files.writeString(hello, Files.readString(hello, StandardCharsets.UTF_8)
        .replace("name=\"Xác nhận đã nhận thông báo\"", "name=\"Xác nhận đã nhận thông báo (sửa đổi)\""), StandardCharsets.UTF_8);
    try (ConfigurableApplicationContext app = start()) {
      RepositoryService repository = app.getBean(RepositoryService.class);
      List<Deployment> newest = repository.createDeploymentQuery().orderByDeploymentTime().desc().listPage(0, 1);
      assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments + 1);
      assertThat(newest.get(0).getName()).isEqualTo("processes/hello.bpmn");
      Map<String, Integer> expected = new HashMap<>(versionsAfterFirstStart);
      expected.put("hello", 2);
      assertThat(latestVersions(repository)).isEqualTo(expected);
      assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("hello").latestVersion().singleResult().getName())
          .isEqualTo("Xác nhận đã nhận thông báo (sửa đổi)");
    }
  }

  private static ConfigurableApplicationContext start() {
    Map<String, Object> properties = new HashMap<>(PostgresDatabase.springProperties(jdbcUrl));
    properties.put("dondoc.models.directory", models.toString());
    properties.put("server.port", "0");
    properties.put("spring.profiles.active", "postgres");
    properties.put("camunda.bpm.job-execution.enabled", "false");
    // Its own engine name, so a Spring test context cached in the same JVM keeps its engine.
    properties.put("camunda.bpm.process-engine-name", "modeldeployment");
    // Nor the webapps: Tasklist, Cockpit and Admin keep their engine access in static fields, so a
    // second application with them would leave a cached test context's Tasklist on this closed one.
    properties.put("camunda.bpm.webapp.enabled", "false");
    // As command-line arguments: they win over the profile's own datasource settings.
    String[] arguments = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    return new SpringApplicationBuilder(DondocApplication.class).run(arguments);
  }

  private static Set<String> deployedResourceNames(RepositoryService repository) {
    return repository.createDeploymentQuery().list().stream()
        .flatMap(deployment -> repository.getDeploymentResourceNames(deployment.getId()).stream())
        .collect(Collectors.toSet());
  }

  private static Map<String, Integer> latestVersions(RepositoryService repository) {
    return repository.createProcessDefinitionQuery().latestVersion().list().stream()
        .collect(Collectors.toMap(definition -> definition.getKey(), definition -> definition.getVersion()));
  }
}
