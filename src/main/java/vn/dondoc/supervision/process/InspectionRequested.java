package vn.dondoc.supervision.process;

/**
 * The start message of {@code processes/inspection.bpmn} and its variables: the contract between
 * supervision and selection (which ask for an inspection) and the inspection (which runs it).
 */
public final class InspectionRequested {

  public static final String MESSAGE = "InspectionRequested";
  public static final String VAR_ORGANIZATION_CODE = "organizationCode";
  /** SELECTION, SUPERVISION or MANUAL. */
  public static final String VAR_ORIGIN = "origin";
  public static final String VAR_ORIGIN_REF = "originRef";
  public static final String VAR_REQUESTED_BY = "requestedBy";

  private InspectionRequested() {
  }
}
