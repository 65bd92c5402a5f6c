package vn.dondoc.supervision;

/**
 * The selection rules ({@code processes/inspection-selection.dmn}) behind a port, so the domain stays
 * free of Camunda. Administrators replace the rules by deploying a new version from Camunda Modeler.
 */
public interface SelectionDecision {

  /** The decision definition that answered: enough to find the very rules again after later edits. */
  record Version(String key, String definitionId, int version) {
  }

  record Outcome(SelectionAction action, String reason, int priority) {
  }

  /** The rules as deployed now, kept for a whole selection run so every organisation gets the same version. */
  Rules latest();

  interface Rules {

    Version version();

    Outcome evaluate(SelectionInputs inputs);
  }
}
