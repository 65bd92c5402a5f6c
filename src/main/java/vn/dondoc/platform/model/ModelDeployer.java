package vn.dondoc.platform.model;

import org.camunda.bpm.engine.RepositoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Deploys {@code processes/} and {@code forms/} when the application starts: after every bean
 * exists (the linter checks delegate beans) and before the web server and the job executor start.
 * Camunda's own classpath auto-deployment is off; this is the one way models come in at start-up.
 */
@Component
class ModelDeployer implements SmartInitializingSingleton {

  static final String SOURCE = "dondoc";
  private static final Logger log = LoggerFactory.getLogger(ModelDeployer.class);

  private final RepositoryService repositoryService;
  private final ModelDirectory directory;

  ModelDeployer(RepositoryService repositoryService, ModelProperties properties) {
    this.repositoryService = repositoryService;
    this.directory = new ModelDirectory(properties.path());
  }

  @Override
  public void afterSingletonsInstantiated() {
    var units = DeploymentPlan.of(directory.read());
    units.forEach(unit -> unit.deploy(repositoryService, SOURCE));
    log.info("Đã kiểm tra và triển khai {} nhóm mô hình từ {}", units.size(), directory.root());
  }
}
