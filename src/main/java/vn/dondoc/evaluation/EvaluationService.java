package vn.dondoc.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dondoc.evaluation.Decisions.DecisionRef;
import vn.dondoc.evaluation.Decisions.Grade;
import vn.dondoc.evaluation.EvaluationViews.BandCount;
import vn.dondoc.evaluation.EvaluationViews.EvaluationSummary;
import vn.dondoc.evaluation.EvaluationViews.EvaluationView;
import vn.dondoc.evaluation.EvaluationViews.LeaderView;
import vn.dondoc.evaluation.EvaluationViews.QuotaView;
import vn.dondoc.evaluation.EvaluationViews.RatingDetail;
import vn.dondoc.evaluation.EvaluationViews.RatingRow;
import vn.dondoc.organization.Organization;
import vn.dondoc.organization.OrganizationAccess;
import vn.dondoc.organization.OrganizationRepository;
import vn.dondoc.organization.ScopeRole;
import vn.dondoc.organization.Visibility;
import vn.dondoc.platform.time.VietnameseFormat;
import vn.dondoc.platform.web.Forbidden;
import vn.dondoc.platform.web.NotFound;
import vn.dondoc.platform.web.Rejected;

/**
 * Evaluations: starting one, reading it as the caller may, the committee's points and band
 * decisions with their reasons, and the steps the process records. An evaluation is seen by whoever
 * sees its parent organisation; a rating by whoever sees its organisation (a branch sees its own and
 * no other's).
 */
@Service
public class EvaluationService {

  static final String FIELD_COMMITTEE_POINTS = "committee_points";
  static final String FIELD_BAND = "band";

  private final EvaluationRepository repository;
  private final OrganizationRepository organizations;
  private final OrganizationAccess access;
  private final EvaluationProcess process;
  private final Decisions decisions;
  private final Clock clock;
  private final Integer excellentQuota;

  EvaluationService(EvaluationRepository repository, OrganizationRepository organizations, OrganizationAccess access,
      EvaluationProcess process, Decisions decisions, Clock clock,
      @Value("${dondoc.evaluation.excellent-quota-enabled}") boolean quotaEnabled,
      @Value("${dondoc.evaluation.excellent-quota}") int excellentQuota) {
    this.repository = repository;
    this.organizations = organizations;
    this.access = access;
    this.process = process;
    this.decisions = decisions;
    this.clock = clock;
    this.excellentQuota = quotaEnabled ? excellentQuota : null;
  }

  /** Starts the rating of every organisation below {@code parentCode} for the period: the party-building staff of its scope. */
  @Transactional
  public Evaluation start(String parentCode, Period period, String userId, Collection<String> groupIds) {
    Organization parent = visible(parentCode, groupIds);
    if (!OrganizationAccess.hasRole(groupIds, parent.scopeCode(), ScopeRole.PARTY_BUILDING)) {
      throw new Forbidden("Chỉ Ban Xây dựng Đảng của cấp ủy phụ trách " + parent.name() + " được bắt đầu đánh giá, xếp loại");
    }
    long id = repository.insert(parent.code(), parent.scopeCode(), period, excellentQuota, userId, clock.instant());
    Evaluation evaluation = repository.find(id).orElseThrow();
    repository.attachProcess(id, process.start(evaluation, parent.name()));
    return repository.find(id).orElseThrow();
  }

  public EvaluationSummary summary(Evaluation evaluation) {
    return EvaluationSummary.of(evaluation, name(evaluation.parentCode()));
  }

  /** The evaluations of the organisations the caller sees, newest first; of one parent when given. */
  public List<EvaluationSummary> list(String parentCode, Collection<String> groupIds) {
    Visibility visibility = access.of(groupIds);
    List<Evaluation> evaluations = parentCode != null ? repository.within(List.of(visible(parentCode, groupIds).path()))
        : visibility.everything() ? repository.all() : repository.within(visibility.paths());
    Map<String, Organization> all = organizations.findAll();
    return evaluations.stream().filter(e -> parentCode == null || e.parentCode().equals(parentCode))
        .map(e -> EvaluationSummary.of(e, all.get(e.parentCode()).name())).toList();
  }

  public EvaluationView view(long id, Collection<String> groupIds) {
    Evaluation evaluation = seen(id, groupIds);
    Visibility visibility = access.of(groupIds);
    Map<String, Organization> all = organizations.findAll();
    List<Rating> ratings = repository.ratings(id);
    Quota.Verdict quota = quota(evaluation, ratings);
    List<RatingRow> rows = ratings.stream().filter(r -> visibility.sees(all.get(r.organizationCode())))
        .map(r -> RatingRow.of(r, quota.over().get(r.organizationCode()))).toList();
    Map<RatingBand, Integer> counts = new EnumMap<>(RatingBand.class);
    ratings.stream().filter(Rating::scored).forEach(r -> counts.merge(r.band(), 1, Integer::sum));
    List<BandCount> distribution = new ArrayList<>();
    for (RatingBand band : RatingBand.values()) {
      distribution.add(new BandCount(band, band.label(), counts.getOrDefault(band, 0)));
    }
    return new EvaluationView(EvaluationSummary.of(evaluation, all.get(evaluation.parentCode()).name()),
        evaluation.excellentQuota(), ratings.size(), (int) ratings.stream().filter(Rating::scored).count(),
        (int) ratings.stream().filter(r -> r.selfBand() != null).count(), distribution,
        new QuotaView(quota.binds(), quota.goodOrBetter(), quota.excellent(), quota.allowed(), quota.summary()), rows,
        repository.steps(id));
  }

  public RatingDetail rating(long id, String organizationCode, Collection<String> groupIds) {
    Rating rating = seenRating(id, organizationCode, groupIds);
    Evaluation evaluation = repository.find(id).orElseThrow();
    String quotaReason = quota(evaluation, repository.ratings(id)).over().get(organizationCode);
    String decision = rating.ratingDecisionId() == null ? null
        : Criterion.RATING_DECISION + " phiên bản " + rating.ratingDecisionVersion();
    return new RatingDetail(EvaluationSummary.of(evaluation, name(evaluation.parentCode())), RatingRow.of(rating, quotaReason),
        rating.inputs(), repository.criteria(rating.id()), decision, repository.changes(rating.id()));
  }

  /**
   * The committee's part of the score, at most what the data does not cover, with its reason; the
   * band is computed again with the decision version the rating was scored with.
   */
  @Transactional
  public RatingDetail committeePoints(long id, String organizationCode, BigDecimal points, String reason, String userId,
      Collection<String> groupIds) {
    Rating rating = changeable(id, organizationCode, groupIds);
    String why = reason(reason);
    if (points == null) {
      throw new Rejected("points", "Thiếu điểm của cấp ủy");
    }
    if (points.signum() < 0 || points.compareTo(rating.committeeMaximum()) > 0 || points.scale() > 2) {
      throw new Rejected("points", "Điểm của cấp ủy cho " + rating.organizationName() + " phải từ 0 đến "
          + VietnameseFormat.decimal(rating.committeeMaximum()) + ", tối đa hai chữ số thập phân");
    }
    Grade grade = decisions.rate(new DecisionRef(rating.ratingDecisionId(), Criterion.RATING_DECISION,
        rating.ratingDecisionVersion()), rating.dataPoints().add(points), rating.inputs().allTasksOnTime());
    repository.committeePoints(rating.id(), points, why, grade.band(), grade.note());
    repository.change(rating.id(), FIELD_COMMITTEE_POINTS, VietnameseFormat.decimal(rating.committeePoints()),
        VietnameseFormat.decimal(points), why, userId, clock.instant());
    return rating(id, organizationCode, groupIds);
  }

  /** People decide a band other than the computed one (or, with {@code band} empty, go back to it), with the reason. */
  @Transactional
  public RatingDetail decideBand(long id, String organizationCode, String band, String reason, String userId,
      Collection<String> groupIds) {
    Rating rating = changeable(id, organizationCode, groupIds);
    String why = reason(reason);
    RatingBand decided = band == null || band.isBlank() ? null : RatingBand.parse(band, "band");
    repository.decidedBand(rating.id(), decided, decided == null ? null : why);
    repository.change(rating.id(), FIELD_BAND, rating.band() == null ? null : rating.band().name(),
        decided == null ? Objects.toString(rating.computedBand(), null) : decided.name(), why, userId, clock.instant());
    return rating(id, organizationCode, groupIds);
  }

  /** The secretary's rating cites the branch's results. */
  public LeaderView leader(long id, String organizationCode, Collection<String> groupIds) {
    Rating rating = seenRating(id, organizationCode, groupIds);
    if (!rating.scored()) {
      throw new NotFound("Chưa tính điểm cho " + rating.organizationName());
    }
    Evaluation evaluation = repository.find(id).orElseThrow();
    List<CriterionScore> criteria = repository.criteria(rating.id());
    return new LeaderView(rating.secretaryUserId(), rating.organizationCode(), rating.organizationName(),
        evaluation.period().label(), rating.band(), rating.band().label(), rating.total(),
        LeaderCitation.of(rating, evaluation.period(), criteria), criteria);
  }

  // --- called by the process glue ---

  public Evaluation evaluation(long id) {
    return repository.find(id).orElseThrow();
  }

  public void selfAssessmentsStarted(Map<Long, String> instances) {
    repository.attachProcesses(instances);
  }

  public void selfAssessed(long ratingId, String band, String comment, String by) {
    RatingBand parsed = RatingBand.parse(band, "selfBand");
    if (comment == null || comment.isBlank()) {
      throw new Rejected("selfComment", "Thiếu phần tự nhận xét");
    }
    repository.selfAssessment(ratingId, parsed, comment.trim(), by, clock.instant());
  }

  /** A body completed its step: it is recorded, and the evaluation waits for the next one. */
  public void stepCompleted(long evaluationId, String step, String outcome, String note, String by, EvaluationStatus next) {
    repository.step(evaluationId, step, outcome, note == null || note.isBlank() ? null : note.trim(), by, clock.instant());
    repository.status(evaluationId, next, null);
  }

  public void publish(long evaluationId) {
    repository.status(evaluationId, EvaluationStatus.PUBLISHED, clock.instant());
  }

  // ---

  static Quota.Verdict quota(Evaluation evaluation, List<Rating> ratings) {
    return Quota.check(ratings.stream().filter(Rating::scored)
        .map(r -> new Quota.Entry(r.organizationCode(), r.organizationName(), r.total(), r.band())).toList(),
        evaluation.excellentQuota());
  }

  Evaluation seen(long id, Collection<String> groupIds) {
    Evaluation evaluation = repository.find(id).orElseThrow(() -> new NotFound("Không có đợt đánh giá số " + id));
    if (access.visible(evaluation.parentCode(), groupIds).isEmpty()) {
      throw new NotFound("Không có đợt đánh giá số " + id);
    }
    return evaluation;
  }

  private Rating seenRating(long id, String organizationCode, Collection<String> groupIds) {
    NotFound missing = new NotFound("Không có kết quả đánh giá của " + organizationCode + " trong đợt số " + id);
    if (access.visible(organizationCode, groupIds).isEmpty()) {
      throw missing;
    }
    return repository.rating(id, organizationCode).orElseThrow(() -> missing);
  }

  private Rating changeable(long id, String organizationCode, Collection<String> groupIds) {
    Evaluation evaluation = seen(id, groupIds);
    if (!OrganizationAccess.hasRole(groupIds, evaluation.scopeCode(), ScopeRole.PARTY_BUILDING)
        && !OrganizationAccess.hasRole(groupIds, evaluation.scopeCode(), ScopeRole.STANDING)) {
      throw new Forbidden("Chỉ Ban Xây dựng Đảng và Thường trực được thay đổi kết quả đánh giá");
    }
    if (evaluation.status() == EvaluationStatus.PUBLISHED) {
      throw new Rejected("evaluation", "Kết quả đánh giá " + evaluation.period().label() + " đã công bố, không thay đổi được");
    }
    Rating rating = seenRating(id, organizationCode, groupIds);
    if (!rating.scored()) {
      throw new Rejected("organization", "Chưa tính xong điểm từ số liệu của " + rating.organizationName());
    }
    return rating;
  }

  private static String reason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new Rejected("reason", "Thiếu lý do thay đổi");
    }
    if (reason.length() > 2000) {
      throw new Rejected("reason", "Lý do dài quá 2000 ký tự");
    }
    return reason.trim();
  }

  private Organization visible(String code, Collection<String> groupIds) {
    return access.visible(code, groupIds).orElseThrow(() -> new NotFound("Không có tổ chức " + code));
  }

  private String name(String code) {
    return organizations.find(code).map(Organization::name).orElse(code);
  }
}
