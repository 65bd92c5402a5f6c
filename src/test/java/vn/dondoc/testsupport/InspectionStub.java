package vn.dondoc.testsupport;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;

/**
 * What was sent to the inspection's start message {@code InspectionRequested}. Until
 * {@code processes/inspection.bpmn} is deployed, a test-only process with that start message
 * ({@code processes-test/inspection-requested-stub.bpmn}) receives it; once the real one is there,
 * the stub is not deployed (two start events of one message would be refused) and the real one receives it.
 */
public final class InspectionStub {

  public static final String MESSAGE = "InspectionRequested";

  private InspectionStub() {
  }

  /** Deploys the stub unless a process already starts on the message; returns the deployment id, or null. */
  public static String deployIfMissing(ProcessEngine engine) {
    boolean waiting = engine.getRuntimeService().createEventSubscriptionQuery().eventType("message").eventName(MESSAGE)
        .count() > 0;
    if (waiting) {
      return null;
    }
    return engine.getRepositoryService().createDeployment().name("inspection-requested-stub")
        .addClasspathResource("processes-test/inspection-requested-stub.bpmn").deploy().getId();
  }

  public static void undeploy(ProcessEngine engine, String deploymentId) {
    if (deploymentId != null) {
      engine.getRepositoryService().deleteDeployment(deploymentId, true);
    }
  }

  /** The variables of the inspection started with this {@code originRef}; empty when none was. */
  public static Map<String, Object> requested(ProcessEngine engine, String originRef) {
    HistoryService history = engine.getHistoryService();
    Map<String, Object> variables = new HashMap<>();
    for (HistoricVariableInstance ref : history.createHistoricVariableInstanceQuery().variableValueEquals("originRef", originRef).list()) {
      history.createHistoricVariableInstanceQuery().processInstanceId(ref.getProcessInstanceId()).list()
          .forEach(variable -> variables.put(variable.getName(), variable.getValue()));
    }
    return variables;
  }
}
