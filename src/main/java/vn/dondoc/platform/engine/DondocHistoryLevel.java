package vn.dondoc.platform.engine;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * History level {@code dondoc}: everything of {@code full} that an audit of a directive needs —
 * instances, activities, tasks, variables' values, identity links (who was responsible),
 * user operations (who reassigned, who completed), incidents and failed jobs — without the two
 * kinds of row a fan-out to thousands of organisations multiplies for nobody: one row per update
 * of every variable, and a created/succeeded/deleted row per job.
 */
public class DondocHistoryLevel extends AbstractHistoryLevel {

  public static final String NAME = "dondoc";
  /** Outside Camunda's own ids (0–3), stored in the database like theirs. */
  static final int ID = 10;

  private static final Set<HistoryEventType> LEFT_OUT = Set.of(
      HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL,
      HistoryEventTypes.JOB_CREATE,
      HistoryEventTypes.JOB_SUCCESS,
      HistoryEventTypes.JOB_DELETE);

  @Override
  public int getId() {
    return ID;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    return !LEFT_OUT.contains(eventType) && HistoryLevel.HISTORY_LEVEL_FULL.isHistoryEventProduced(eventType, entity);
  }
}
