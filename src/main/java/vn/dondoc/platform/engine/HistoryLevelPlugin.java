package vn.dondoc.platform.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** Makes {@link DondocHistoryLevel} known, so that {@code camunda.bpm.history-level: dondoc} can name it. */
@Component
class HistoryLevelPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomHistoryLevels(EngineLists.plus(configuration.getCustomHistoryLevels(), new DondocHistoryLevel()));
  }
}
