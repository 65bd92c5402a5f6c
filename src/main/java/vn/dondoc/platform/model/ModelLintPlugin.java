package vn.dondoc.platform.model;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/** Installs the {@link LintingDeployer} in front of the engine's own deployers. */
@Component
class ModelLintPlugin extends AbstractProcessEnginePlugin {

  private final ApplicationContext context;

  ModelLintPlugin(ApplicationContext context) {
    this.context = context;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> deployers = new ArrayList<>();
    if (configuration.getCustomPreDeployers() != null) {
      deployers.addAll(configuration.getCustomPreDeployers());
    }
    deployers.add(new LintingDeployer(new ModelLinter(context::containsBean)));
    configuration.setCustomPreDeployers(deployers);
  }
}
