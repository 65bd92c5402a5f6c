package vn.dondoc.inspection;

/** The engine side of an inspection, behind a port so the domain stays free of Camunda. */
public interface InspectionProcess {

  /** Starts {@code inspection}, whose first step registers the row; returns the process instance id. */
  String start(String organizationCode, Origin origin, String originRef, String requestedBy);

  /** Tells the running inspection that its time limit was extended, so its timer moves. */
  void timeLimitExtended(long inspectionId);
}
