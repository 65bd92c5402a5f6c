package vn.dondoc.evaluation;

import java.time.Instant;

/**
 * A completed step of the process: {@code REVIEW}, {@code OPINION} or {@code DECISION}.
 *
 * @param outcome for a decision {@code APPROVE} or {@code RETURN}; otherwise {@code null}
 */
public record EvaluationStep(String step, String outcome, String note, String completedBy, Instant completedAt) {
}
