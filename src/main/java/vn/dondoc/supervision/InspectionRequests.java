package vn.dondoc.supervision;

import vn.dondoc.inspection.Origin;

/**
 * Asks the inspection committee's inspection process ({@code processes/inspection.bpmn}) to start an
 * inspection of an organisation; a port to its start message {@code InspectionRequested}.
 */
public interface InspectionRequests {

  /**
   * @param origin where the request comes from, as the inspection records it
   * @param originRef what asked, for the audit trail: {@code LC-<selection id>} or {@code GS-<supervision id>}
   * @param requestedBy the user id
   */
  void request(String organizationCode, Origin origin, String originRef, String requestedBy);
}
