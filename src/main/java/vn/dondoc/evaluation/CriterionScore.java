package vn.dondoc.evaluation;

import java.math.BigDecimal;

/** One criterion's points in a rating, the input as read, and the decision version that gave them. */
public record CriterionScore(Criterion criterion, String label, String input, BigDecimal points, BigDecimal maximum,
    String decisionId, int decisionVersion) {
}
