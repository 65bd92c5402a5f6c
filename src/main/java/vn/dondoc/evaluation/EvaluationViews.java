package vn.dondoc.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import vn.dondoc.platform.time.VietnameseFormat;

/** What the REST calls answer. */
public final class EvaluationViews {

  private EvaluationViews() {
  }

  public record EvaluationSummary(long id, String parentCode, String parentName, PeriodKind periodKind, int year,
      Integer quarter, String period, EvaluationStatus status, String statusLabel, String startedBy, Instant startedAt,
      Instant publishedAt) {

    static EvaluationSummary of(Evaluation evaluation, String parentName) {
      Period period = evaluation.period();
      return new EvaluationSummary(evaluation.id(), evaluation.parentCode(), parentName, period.kind(), period.year(),
          period.quarter(), period.label(), evaluation.status(), evaluation.status().label(), evaluation.startedBy(),
          evaluation.startedAt(), evaluation.publishedAt());
    }
  }

  /**
   * An evaluation with the ratings the caller sees.
   *
   * @param organizations ratings in the evaluation; {@code scored} of them are computed, {@code selfAssessed} self-assessed
   * @param distribution how many of the scored ratings stand in each band, best first
   */
  public record EvaluationView(EvaluationSummary evaluation, Integer excellentQuota, int organizations, int scored,
      int selfAssessed, List<BandCount> distribution, QuotaView quota, List<RatingRow> ratings, List<EvaluationStep> steps) {
  }

  public record BandCount(RatingBand band, String label, int count) {
  }

  public record QuotaView(boolean binds, int goodOrBetter, int excellent, int allowed, String summary) {
  }

  /**
   * One rating in the table.
   *
   * @param band the band that stands (decided, or else computed); {@code computedBand} what the decision table gave
   * @param quotaReason why the rating is over the excellent quota; {@code null} when it is not
   */
  public record RatingRow(long id, String organizationCode, String organizationName, String secretaryUserId,
      boolean scored, String accessRate, String regularUseRate, String onTime, BigDecimal dataPoints,
      BigDecimal dataMaximum, BigDecimal committeePoints, BigDecimal committeeMaximum, String committeeReason,
      BigDecimal total, String totalText, RatingBand computedBand, RatingBand band, String bandLabel, String bandNote,
      String decidedReason, boolean overQuota, String quotaReason, RatingBand selfBand, String selfBandLabel,
      String selfComment) {

    static RatingRow of(Rating rating, String quotaReason) {
      RatingInputs inputs = rating.inputs();
      RatingBand band = rating.band();
      return new RatingRow(rating.id(), rating.organizationCode(), rating.organizationName(), rating.secretaryUserId(),
          rating.scored(), VietnameseFormat.percent(inputs.accessRate()), VietnameseFormat.percent(inputs.regularRate()),
          rating.scored() ? inputs.describe(Criterion.ON_TIME) : "", rating.dataPoints(), rating.dataMaximum(),
          rating.committeePoints(), rating.committeeMaximum(), rating.committeeReason(), rating.total(),
          VietnameseFormat.decimal(rating.total()), rating.computedBand(), band, band == null ? "" : band.label(),
          rating.bandNote(), rating.decidedReason(), quotaReason != null, quotaReason, rating.selfBand(),
          rating.selfBand() == null ? "" : rating.selfBand().label(), rating.selfComment());
    }
  }

  /** One rating in full: its inputs, each criterion's points and decision version, and every change. */
  public record RatingDetail(EvaluationSummary evaluation, RatingRow rating, RatingInputs inputs,
      List<CriterionScore> criteria, String ratingDecision, List<RatingChange> changes) {
  }

  /**
   * The individual view: the rating of a branch's secretary cites the branch's results.
   *
   * @param citation one Vietnamese paragraph, as an individual's rating record quotes it
   */
  public record LeaderView(String userId, String organizationCode, String organizationName, String period,
      RatingBand band, String bandLabel, BigDecimal total, String citation, List<CriterionScore> criteria) {
  }
}
