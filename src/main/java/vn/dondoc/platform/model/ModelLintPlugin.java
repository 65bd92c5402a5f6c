package vn.dondoc.platform.model;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import vn.dondoc.platform.engine.EngineLists;

/** Installs the {@link LintingDeployer} in front of the engine's own deployers. */
@Component
class ModelLintPlugin extends AbstractProcessEnginePlugin {

  private final ApplicationContext context;

  ModelLintPlugin(ApplicationContext context) {
    this.context = context;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreDeployers(
        EngineLists.<Deployer>plus(configuration.getCustomPreDeployers(), new LintingDeployer(new ModelLinter(context::containsBean))));
  }
}
