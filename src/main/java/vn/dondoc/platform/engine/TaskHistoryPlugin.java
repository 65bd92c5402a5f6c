package vn.dondoc.platform.engine;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * A task's history row ({@code ACT_HI_TASKINST}) takes its start time from the task itself, so
 * that completing, reassigning or migrating a task no longer reads that row back.
 *
 * <p>Camunda writes {@code START_TIME_} when the task is created, as a second reading of the clock
 * just after the task's own {@code CREATE_TIME_}; at every later change of the task it reads the
 * history row back from the database for that start time alone (to compute {@code DURATION_} at
 * completion). That is one select in each completion of a report or review task. Here the history
 * row starts at the task's {@code CREATE_TIME_} (the two columns are now equal instead of a
 * millisecond or so apart), every later event of the task carries it, and the database handler
 * updates the row without reading it. Every column is written as before; only the look-up is gone.
 * A task created before this change keeps its old start time; its duration is computed from its
 * creation time, at most a few milliseconds longer.
 */
@Component
class TaskHistoryPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventProducer(new TaskStartTimeProducer());
    // Camunda's own database handler is replaced, not joined: both would write every row.
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    configuration.setCustomHistoryEventHandlers(
        EngineLists.<HistoryEventHandler>plus(configuration.getCustomHistoryEventHandlers(), new KnownStartTimeDbHistoryEventHandler()));
  }

  /** Camunda's producer, with every task event starting when its task was created. */
  static class TaskStartTimeProducer extends CacheAwareHistoryEventProducer {

    @Override
    protected void initTaskInstanceEvent(HistoricTaskInstanceEventEntity event, TaskEntity task, HistoryEventType type) {
      super.initTaskInstanceEvent(event, task, type);
      if (event.getStartTime() == null) {
        event.setStartTime(task.getCreateTime());
      }
    }

    @Override
    public HistoryEvent createTaskInstanceCreateEvt(DelegateTask task) {
      HistoricTaskInstanceEventEntity event = (HistoricTaskInstanceEventEntity) super.createTaskInstanceCreateEvt(task);
      if (task.getCreateTime() != null) {
        event.setStartTime(task.getCreateTime());
      }
      return event;
    }
  }

  /** Camunda's database handler, except that a task event which knows its start time is not read back. */
  static class KnownStartTimeDbHistoryEventHandler extends DbHistoryEventHandler {

    @Override
    protected void insertOrUpdate(HistoryEvent event) {
      if (event instanceof HistoricTaskInstanceEventEntity task && task.getStartTime() != null && task.getId() != null
          && !isInitialEvent(event)) {
        DbEntityManager entities = getDbEntityManager();
        // A row created or loaded in this command is that very object, changed in place: nothing to add.
        if (entities.getCachedEntity(event.getClass(), event.getId()) == null) {
          entities.merge(event);
        }
        return;
      }
      super.insertOrUpdate(event);
    }
  }
}
