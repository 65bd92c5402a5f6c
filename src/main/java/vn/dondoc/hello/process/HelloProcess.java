package vn.dondoc.hello.process;

import vn.dondoc.organization.process.OrganizationProcessVariables;

/**
 * {@code processes/hello.bpmn}: a committee sends a short message to an organisation, whose secretary acknowledges
 * it. The smallest real process, which takes the deployment, linting, forms, security and
 * tasklist path end to end until the directive processes replace it.
 */
public final class HelloProcess {

  public static final String KEY = "hello";
  public static final String TASK_ACKNOWLEDGE = "Task_Acknowledge";
  public static final String TASK_RECORD = "Task_RecordAcknowledgement";
  public static final String END_ACKNOWLEDGED = "EndEvent_Acknowledged";

  /** The organisation that acknowledges: its group {@code org:<code>} gets the task. */
  public static final String VAR_ORGANIZATION_CODE = OrganizationProcessVariables.ORGANIZATION_CODE;
  public static final String VAR_MESSAGE = "message";
  public static final String VAR_ACKNOWLEDGED = "acknowledged";
  public static final String VAR_ACKNOWLEDGED_BY = "acknowledgedBy";
  public static final String VAR_ACKNOWLEDGED_AT = "acknowledgedAt";

  private HelloProcess() {
  }
}
