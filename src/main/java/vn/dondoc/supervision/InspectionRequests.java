package vn.dondoc.supervision;

/**
 * Asks the inspection committee's inspection process ({@code processes/inspection.bpmn}) to start an
 * inspection of an organisation; a port to its start message {@code InspectionRequested}.
 */
public interface InspectionRequests {

  /** Where a request comes from, as the inspection records it. */
  enum Origin {
    SELECTION,
    SUPERVISION,
    MANUAL
  }

  /**
   * @param originRef what asked, for the audit trail: {@code LC-<selection id>} or {@code GS-<supervision id>}
   * @param requestedBy the user id
   */
  void request(String organizationCode, Origin origin, String originRef, String requestedBy);
}
