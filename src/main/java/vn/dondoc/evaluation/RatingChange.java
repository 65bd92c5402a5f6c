package vn.dondoc.evaluation;

import java.time.Instant;

/** A change people made to a rating: {@code committee_points} or {@code band}, with author and reason. */
public record RatingChange(String field, String oldValue, String newValue, String reason, String changedBy,
    Instant changedAt) {
}
