package vn.dondoc.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.dondoc.evaluation.Decisions.DecisionRef;
import vn.dondoc.evaluation.Decisions.Grade;
import vn.dondoc.evaluation.Decisions.Points;
import vn.dondoc.evaluation.EvaluationRepository.Scored;
import vn.dondoc.evaluation.RatingSources.DueFollowUp;
import vn.dondoc.followup.FollowUpStatus;
import vn.dondoc.organization.Organization;
import vn.dondoc.organization.OrganizationRepository;
import vn.dondoc.platform.time.TimeConfiguration;
import vn.dondoc.usage.UsageAt;
import vn.dondoc.usage.UsageAt.AppRates;
import vn.dondoc.usage.UsageAt.OrganizationRates;

/**
 * Computes the data part of the ratings in two steps, so that a province's thousands of
 * organisations never sit in one transaction: {@link #prepare} writes one unscored rating per
 * organisation with its usage rates (read once for the whole subtree), then {@link #score} scores a
 * batch of them. Everything is read as of the period's end, so scoring the same period again on the
 * same data gives the same numbers, whenever it runs.
 */
@Service
public class EvaluationScoring {

  private final EvaluationRepository repository;
  private final RatingSources sources;
  private final OrganizationRepository organizations;
  private final UsageAt usage;
  private final Decisions decisions;
  private final Clock clock;

  EvaluationScoring(EvaluationRepository repository, RatingSources sources, OrganizationRepository organizations,
      UsageAt usage, Decisions decisions, Clock clock) {
    this.repository = repository;
    this.sources = sources;
    this.organizations = organizations;
    this.usage = usage;
    this.decisions = decisions;
    this.clock = clock;
  }

  /**
   * One unscored rating for every active organisation below the evaluation's parent, with the
   * rates of the newest app snapshot before the period's end and of the newest before its start;
   * the ids of the unscored ratings, in order.
   */
  public List<Long> prepare(long evaluationId) {
    Evaluation evaluation = repository.find(evaluationId).orElseThrow();
    Organization parent = organizations.find(evaluation.parentCode()).orElseThrow();
    List<Organization> subtree = organizations.within(List.of(parent.path()));
    Optional<AppRates> current = usage.newestBefore(parent, subtree, evaluation.period().end());
    Optional<AppRates> base = usage.newestBefore(parent, subtree, evaluation.period().start());
    List<Object[]> rows = new ArrayList<>();
    for (Organization organization : subtree) {
      if (organization.code().equals(parent.code()) || !organization.active()) {
        continue;
      }
      OrganizationRates now = current.map(r -> r.byOrganization().get(organization.code())).orElse(null);
      OrganizationRates before = base.map(r -> r.byOrganization().get(organization.code())).orElse(null);
      rows.add(new Object[] {evaluationId, organization.code(), organization.responsibleUserId(),
          current.map(AppRates::snapshotId).orElse(null), now == null ? null : now.access(),
          now == null ? null : now.regularUse(), base.map(AppRates::snapshotId).orElse(null),
          before == null ? null : before.access()});
    }
    repository.insertPending(rows);
    return repository.unscoredIds(evaluationId);
  }

  /** What the self-assessment of a scored rating shows. */
  public record ScoredRating(long ratingId, String organizationCode, String organizationName, BigDecimal dataPoints,
      BigDecimal dataMaximum, RatingBand band) {
  }

  /** Scores the evaluation's unscored ratings with ids from {@code fromId} to {@code toId}; the scored ones. */
  public List<ScoredRating> score(long evaluationId, long fromId, long toId) {
    Evaluation evaluation = repository.find(evaluationId).orElseThrow();
    Period period = evaluation.period();
    List<Rating> pending = repository.unscored(evaluationId, fromId, toId);
    List<String> codes = pending.stream().map(Rating::organizationCode).toList();
    Instant end = period.end().atZone(TimeConfiguration.VIETNAM).toInstant();
    Map<String, int[]> followUps = onTime(sources.followUps(codes, period, end), end);
    Map<String, List<String>> conclusions = sources.conclusions(codes, period);
    Map<String, Integer> remediations = sources.unresolvedRemediations(codes, period);
    Map<String, DecisionRef> versions = decisions.current();
    List<Scored> scored = new ArrayList<>();
    List<ScoredRating> result = new ArrayList<>();
    for (Rating rating : pending) {
      String code = rating.organizationCode();
      int[] due = followUps.getOrDefault(code, new int[2]);
      RatingInputs read = rating.inputs();
      RatingInputs inputs = new RatingInputs(read.appSnapshotId(), read.accessRate(), read.regularRate(),
          read.baseSnapshotId(), read.baseAccessRate(), due[0], due[1], null,
          conclusions.getOrDefault(code, List.of()).stream().reduce(InspectionOutcome.NONE, InspectionOutcome::worse),
          remediations.getOrDefault(code, 0));
      Scored one = score(rating.id(), inputs, versions);
      scored.add(one);
      result.add(new ScoredRating(rating.id(), code, rating.organizationName(), one.dataPoints(), one.dataMaximum(),
          one.grade().band()));
    }
    repository.saveScores(scored, clock.instant());
    return result;
  }

  /** The points of every criterion and the band of their sum: the data part of one rating. */
  Scored score(long ratingId, RatingInputs inputs, Map<String, DecisionRef> versions) {
    Map<String, Object> variables = inputs.variables();
    List<CriterionScore> criteria = new ArrayList<>();
    BigDecimal points = BigDecimal.ZERO;
    BigDecimal maximum = BigDecimal.ZERO;
    for (Criterion criterion : Criterion.values()) {
      DecisionRef decision = versions.get(criterion.decisionKey());
      Points result = decisions.score(decision, variables);
      criteria.add(new CriterionScore(criterion, criterion.label(), inputs.describe(criterion), result.points(),
          result.maximum(), decision.id(), decision.version()));
      points = points.add(result.points());
      maximum = maximum.add(result.maximum());
    }
    DecisionRef rating = versions.get(Criterion.RATING_DECISION);
    Grade grade = decisions.rate(rating, points, inputs.allTasksOnTime());
    return new Scored(ratingId, inputs, criteria, points, maximum, grade, rating);
  }

  /** Per organisation: follow-ups due, and of those done on time, as their status stood at the period's end. */
  private static Map<String, int[]> onTime(List<DueFollowUp> followUps, Instant end) {
    Map<String, int[]> counts = new HashMap<>();
    for (DueFollowUp followUp : followUps) {
      Instant completed = followUp.completedAt() != null && followUp.completedAt().isBefore(end) ? followUp.completedAt() : null;
      int[] count = counts.computeIfAbsent(followUp.organizationCode(), k -> new int[2]);
      count[0]++;
      if (FollowUpStatus.of(followUp.deadline(), completed, null, end, TimeConfiguration.VIETNAM) == FollowUpStatus.DONE_ON_TIME) {
        count[1]++;
      }
    }
    return counts;
  }
}
