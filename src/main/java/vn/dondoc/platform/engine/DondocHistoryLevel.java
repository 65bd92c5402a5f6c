package vn.dondoc.platform.engine;

import java.util.Set;
import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.impl.bpmn.helper.BpmnProperties;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.pvm.runtime.PvmExecutionImpl;

/**
 * History level {@code dondoc}: everything of {@code full} that an audit of a directive needs —
 * instances, activities, tasks, variables' values, identity links (who was responsible),
 * user operations (who reassigned, who completed), incidents and failed jobs — without the two
 * kinds of row a fan-out to thousands of organisations multiplies for nobody: one row per update
 * of every variable, and a created/succeeded/deleted row per job; and without an activity row for
 * passing an exclusive, parallel or inclusive gateway — a branch's deadline watch passes five of them
 * when it starts, and what was decided at a gateway is in the variables and tasks kept.
 * (Cockpit's history therefore shows no gateway passages.)
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

  private static final Set<HistoryEventType> ACTIVITY_EVENTS = Set.of(
      HistoryEventTypes.ACTIVITY_INSTANCE_START,
      HistoryEventTypes.ACTIVITY_INSTANCE_UPDATE,
      HistoryEventTypes.ACTIVITY_INSTANCE_END);

  private static final Set<String> GATEWAYS = Set.of(
      ActivityTypes.GATEWAY_EXCLUSIVE, ActivityTypes.GATEWAY_PARALLEL, ActivityTypes.GATEWAY_INCLUSIVE);

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    return !LEFT_OUT.contains(eventType)
        && !(ACTIVITY_EVENTS.contains(eventType) && passesGateway(entity))
        && HistoryLevel.HISTORY_LEVEL_FULL.isHistoryEventProduced(eventType, entity);
  }

  /** At parse time the entity is null: the listeners are then installed for every activity. */
  private static boolean passesGateway(Object entity) {
    return entity instanceof PvmExecutionImpl execution && execution.getActivity() != null
        && GATEWAYS.contains(execution.getActivity().getProperties().get(BpmnProperties.TYPE));
  }
}
