package vn.dondoc.platform.model;

import java.util.List;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;

/**
 * Runs the model linter inside the engine, before the BPMN parser, on every new deployment:
 * the ones made at start-up and the ones posted to {@code /engine-rest/deployment/create}
 * by Camunda Modeler alike. Re-reading a deployment into the cache is not linted again.
 */
class LintingDeployer implements Deployer {

  private final ModelLinter linter;

  LintingDeployer(ModelLinter linter) {
    this.linter = linter;
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    List<ModelFile> files = deployment.getResources().values().stream()
        .map(resource -> new ModelFile(resource.getName(), resource.getBytes()))
        .toList();
    List<LintViolation> violations = linter.lint(files);
    if (!violations.isEmpty()) {
      throw new ModelLintException(violations);
    }
  }
}
