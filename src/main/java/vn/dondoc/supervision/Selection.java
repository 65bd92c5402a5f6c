package vn.dondoc.supervision;

import java.time.Instant;

/** One organisation's stored selection in a period: inputs, outcome and the rules' version that gave it. */
public record Selection(
    long id,
    String scopeCode,
    String period,
    String organizationCode,
    String organizationName,
    SelectionInputs inputs,
    SelectionAction action,
    String actionLabel,
    String reason,
    int priority,
    SelectionDecision.Version decision,
    Instant selectedAt,
    String selectedBy,
    Long supervisionId,
    boolean inspectionRequested) {
}
