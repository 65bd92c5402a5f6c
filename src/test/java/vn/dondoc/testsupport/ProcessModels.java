package vn.dondoc.testsupport;

import java.nio.file.Path;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import vn.dondoc.platform.model.DeploymentPlan;
import vn.dondoc.platform.model.ModelDirectory;

/** Deploys a model of the repository to a test engine exactly as the application does at start-up. */
public final class ProcessModels {

  private ProcessModels() {
  }

  public static Deployment deploy(RepositoryService repositoryService, String mainFile) {
    return DeploymentPlan.of(new ModelDirectory(Path.of(".")).read()).stream()
        .filter(unit -> unit.name().equals(mainFile))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("Không có mô hình " + mainFile))
        .deploy(repositoryService, "test");
  }
}
