package vn.dondoc.testsupport;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An inspection another feature asked for, as the inspection recorded it: its {@code dd_inspection}
 * row and the definition key of the process instance the row names ({@code inspection} when the real
 * {@code processes/inspection.bpmn} runs it).
 */
public record RequestedInspection(String organizationCode, String origin, String originRef, String requestedBy,
    String processKey) {

  /** Every inspection registered with this {@code originRef}, oldest first. */
  public static List<RequestedInspection> of(JdbcTemplate jdbc, ProcessEngine engine, String originRef) {
    return jdbc.query("SELECT organization_code, origin, origin_ref, requested_by, process_instance_id FROM dd_inspection"
        + " WHERE origin_ref = ? ORDER BY id", (rs, row) -> new RequestedInspection(rs.getString(1), rs.getString(2),
            rs.getString(3), rs.getString(4), processKey(engine, rs.getString(5))), originRef);
  }

  private static String processKey(ProcessEngine engine, String processInstanceId) {
    return processInstanceId == null ? null : engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult().getProcessDefinitionKey();
  }
}
