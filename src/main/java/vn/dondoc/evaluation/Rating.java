package vn.dondoc.evaluation;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One organisation's rating in an evaluation. Unscored (its batch has not run yet) while
 * {@code scoredAt} is {@code null}.
 *
 * @param dataMaximum the most the data criteria could give; the committee may give up to 100 minus it
 * @param computedBand the band {@code evaluation-rating} gives the total
 * @param decidedBand the band people decided instead, with {@code decidedReason}; {@code null} if none
 */
public record Rating(long id, long evaluationId, String organizationCode, String organizationName, String secretaryUserId,
    RatingInputs inputs, BigDecimal dataPoints, BigDecimal dataMaximum, BigDecimal committeePoints,
    String committeeReason, RatingBand computedBand, String bandNote, String ratingDecisionId,
    Integer ratingDecisionVersion, RatingBand decidedBand, String decidedReason, RatingBand selfBand,
    String selfComment, String selfAssessedBy, Instant selfAssessedAt, Instant scoredAt, String processInstanceId) {

  static final BigDecimal FULL = BigDecimal.valueOf(100);

  public boolean scored() {
    return scoredAt != null;
  }

  /** The data's points plus the committee's. */
  public BigDecimal total() {
    if (dataPoints == null) {
      return null;
    }
    return committeePoints == null ? dataPoints : dataPoints.add(committeePoints);
  }

  /** The most the committee may give: what the data criteria do not cover. */
  public BigDecimal committeeMaximum() {
    return dataMaximum == null ? null : FULL.subtract(dataMaximum);
  }

  /** The band that stands: the decided one if people decided, the computed one otherwise. */
  public RatingBand band() {
    return decidedBand != null ? decidedBand : computedBand;
  }
}
