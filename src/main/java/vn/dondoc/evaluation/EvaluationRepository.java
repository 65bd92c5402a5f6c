package vn.dondoc.evaluation;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The evaluation tables; what the rating reads of other features' tables is {@link RatingSources}. */
@Repository
class EvaluationRepository {

  private static final String EVALUATION = "SELECT id, parent_code, scope_code, period_kind, period_year, period_quarter,"
      + " excellent_quota, status, process_instance_id, started_by, started_at, published_at FROM dd_evaluation";
  private static final String RATING = "SELECT r.*, o.name AS organization_name FROM dd_evaluation_rating r"
      + " JOIN dd_organization o ON o.code = r.organization_code";
  private static final RowMapper<Evaluation> EVALUATION_ROW = EvaluationRepository::evaluation;
  private static final RowMapper<Rating> RATING_ROW = EvaluationRepository::rating;

  private final JdbcTemplate jdbc;

  EvaluationRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  long insert(String parentCode, String scopeCode, Period period, Integer quota, String by, Instant at) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("INSERT INTO dd_evaluation (parent_code, scope_code, period_kind,"
          + " period_year, period_quarter, excellent_quota, status, started_by, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          new String[] {"id"});
      statement.setString(1, parentCode);
      statement.setString(2, scopeCode);
      statement.setString(3, period.kind().name());
      statement.setInt(4, period.year());
      statement.setObject(5, period.quarter());
      statement.setObject(6, quota);
      statement.setString(7, EvaluationStatus.REVIEW.name());
      statement.setString(8, by);
      statement.setTimestamp(9, Timestamp.from(at));
      return statement;
    }, key);
    return key.getKey().longValue();
  }

  void attachProcess(long id, String processInstanceId) {
    jdbc.update("UPDATE dd_evaluation SET process_instance_id = ? WHERE id = ?", processInstanceId, id);
  }

  void status(long id, EvaluationStatus status, Instant publishedAt) {
    jdbc.update("UPDATE dd_evaluation SET status = ?, published_at = ? WHERE id = ?", status.name(),
        publishedAt == null ? null : Timestamp.from(publishedAt), id);
  }

  Optional<Evaluation> find(long id) {
    return jdbc.query(EVALUATION + " WHERE id = ?", EVALUATION_ROW, id).stream().findFirst();
  }

  /** Evaluations of organisations under any of the paths, newest first. */
  List<Evaluation> within(Collection<String> paths) {
    if (paths.isEmpty()) {
      return List.of();
    }
    return jdbc.query(EVALUATION + " WHERE parent_code IN (SELECT code FROM dd_organization WHERE "
            + String.join(" OR ", Collections.nCopies(paths.size(), "path LIKE ?")) + ") ORDER BY id DESC",
        EVALUATION_ROW, paths.stream().map(p -> (Object) (p + "%")).toArray());
  }

  List<Evaluation> all() {
    return jdbc.query(EVALUATION + " ORDER BY id DESC", EVALUATION_ROW);
  }

  void step(long evaluationId, String step, String outcome, String note, String by, Instant at) {
    jdbc.update("INSERT INTO dd_evaluation_step (evaluation_id, step, outcome, note, completed_by, completed_at)"
        + " VALUES (?, ?, ?, ?, ?, ?)", evaluationId, step, outcome, note, by, Timestamp.from(at));
  }

  List<EvaluationStep> steps(long evaluationId) {
    return jdbc.query("SELECT step, outcome, note, completed_by, completed_at FROM dd_evaluation_step"
        + " WHERE evaluation_id = ? ORDER BY id", (rs, row) -> new EvaluationStep(rs.getString(1), rs.getString(2),
        rs.getString(3), rs.getString(4), instant(rs, "completed_at")), evaluationId);
  }

  /**
   * Unscored ratings, one row each: evaluation id, organisation code, secretary, app snapshot, access
   * rate, regular-use rate, base snapshot, base access rate.
   */
  void insertPending(List<Object[]> rows) {
    jdbc.batchUpdate("INSERT INTO dd_evaluation_rating (evaluation_id, organization_code, secretary_user_id,"
        + " app_snapshot_id, access_rate, regular_rate, base_snapshot_id, base_access_rate) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows);
  }

  List<Long> unscoredIds(long evaluationId) {
    return jdbc.queryForList("SELECT id FROM dd_evaluation_rating WHERE evaluation_id = ? AND scored_at IS NULL ORDER BY id",
        Long.class, evaluationId);
  }

  List<Rating> unscored(long evaluationId, long fromId, long toId) {
    return jdbc.query(RATING + " WHERE r.evaluation_id = ? AND r.id BETWEEN ? AND ? AND r.scored_at IS NULL ORDER BY r.id",
        RATING_ROW, evaluationId, fromId, toId);
  }

  /** A scored rating: its remaining inputs, its points and band, and each criterion's points. */
  void saveScores(List<Scored> scored, Instant at) {
    jdbc.batchUpdate("UPDATE dd_evaluation_rating SET follow_ups = ?, follow_ups_on_time = ?, meetings_rate = ?,"
            + " inspection_outcome = ?, unresolved_remediations = ?, data_points = ?, data_maximum = ?, computed_band = ?,"
            + " band_note = ?, rating_decision_id = ?, rating_decision_version = ?, scored_at = ? WHERE id = ?",
        scored.stream().map(s -> new Object[] {s.inputs().followUps(), s.inputs().followUpsOnTime(),
            s.inputs().meetingsRate(), s.inputs().inspectionOutcome(), s.inputs().unresolvedRemediations(), s.dataPoints(),
            s.dataMaximum(), s.grade().band().name(), s.grade().note(), s.ratingDecision().id(),
            s.ratingDecision().version(), Timestamp.from(at), s.ratingId()}).toList());
    jdbc.batchUpdate("INSERT INTO dd_evaluation_criterion (rating_id, criterion, input_text, points, maximum, decision_id,"
            + " decision_version) VALUES (?, ?, ?, ?, ?, ?, ?)",
        scored.stream().flatMap(s -> s.criteria().stream().map(c -> new Object[] {s.ratingId(), c.criterion().name(),
            c.input(), c.points(), c.maximum(), c.decisionId(), c.decisionVersion()})).toList());
  }

  /** What scoring one rating produced. */
  record Scored(long ratingId, RatingInputs inputs, List<CriterionScore> criteria, BigDecimal dataPoints,
      BigDecimal dataMaximum, Decisions.Grade grade, Decisions.DecisionRef ratingDecision) {
  }

  void attachProcesses(Map<Long, String> instances) {
    jdbc.batchUpdate("UPDATE dd_evaluation_rating SET process_instance_id = ? WHERE id = ?",
        instances.entrySet().stream().map(e -> new Object[] {e.getValue(), e.getKey()}).toList());
  }

  List<Rating> ratings(long evaluationId) {
    return jdbc.query(RATING + " WHERE r.evaluation_id = ? ORDER BY o.path", RATING_ROW, evaluationId);
  }

  Optional<Rating> rating(long evaluationId, String organizationCode) {
    return jdbc.query(RATING + " WHERE r.evaluation_id = ? AND r.organization_code = ?", RATING_ROW, evaluationId,
        organizationCode).stream().findFirst();
  }

  Optional<Rating> rating(long id) {
    return jdbc.query(RATING + " WHERE r.id = ?", RATING_ROW, id).stream().findFirst();
  }

  List<CriterionScore> criteria(long ratingId) {
    return jdbc.query("SELECT criterion, input_text, points, maximum, decision_id, decision_version"
        + " FROM dd_evaluation_criterion WHERE rating_id = ?", (rs, row) -> {
          Criterion criterion = Criterion.valueOf(rs.getString(1));
          return new CriterionScore(criterion, criterion.label(), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
              rs.getString(5), rs.getInt(6));
        }, ratingId).stream().sorted((a, b) -> a.criterion().compareTo(b.criterion())).toList();
  }

  List<RatingChange> changes(long ratingId) {
    return jdbc.query("SELECT field, old_value, new_value, reason, changed_by, changed_at FROM dd_evaluation_change"
        + " WHERE rating_id = ? ORDER BY id", (rs, row) -> new RatingChange(rs.getString(1), rs.getString(2),
        rs.getString(3), rs.getString(4), rs.getString(5), instant(rs, "changed_at")), ratingId);
  }

  void committeePoints(long ratingId, BigDecimal points, String reason, RatingBand band, String note) {
    jdbc.update("UPDATE dd_evaluation_rating SET committee_points = ?, committee_reason = ?, computed_band = ?,"
        + " band_note = ? WHERE id = ?", points, reason, band.name(), note, ratingId);
  }

  void decidedBand(long ratingId, RatingBand band, String reason) {
    jdbc.update("UPDATE dd_evaluation_rating SET decided_band = ?, decided_reason = ? WHERE id = ?",
        band == null ? null : band.name(), reason, ratingId);
  }

  void selfAssessment(long ratingId, RatingBand band, String comment, String by, Instant at) {
    jdbc.update("UPDATE dd_evaluation_rating SET self_band = ?, self_comment = ?, self_assessed_by = ?,"
        + " self_assessed_at = ? WHERE id = ?", band.name(), comment, by, Timestamp.from(at), ratingId);
  }

  void change(long ratingId, String field, String oldValue, String newValue, String reason, String by, Instant at) {
    jdbc.update("INSERT INTO dd_evaluation_change (rating_id, field, old_value, new_value, reason, changed_by, changed_at)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?)", ratingId, field, oldValue, newValue, reason, by, Timestamp.from(at));
  }

  private static Evaluation evaluation(ResultSet rs, int row) throws SQLException {
    Integer quarter = (Integer) rs.getObject("period_quarter", Integer.class);
    return new Evaluation(rs.getLong("id"), rs.getString("parent_code"), rs.getString("scope_code"),
        new Period(PeriodKind.valueOf(rs.getString("period_kind")), rs.getInt("period_year"), quarter),
        rs.getObject("excellent_quota", Integer.class), EvaluationStatus.valueOf(rs.getString("status")),
        rs.getString("process_instance_id"), rs.getString("started_by"), instant(rs, "started_at"),
        instant(rs, "published_at"));
  }

  private static Rating rating(ResultSet rs, int row) throws SQLException {
    RatingInputs inputs = new RatingInputs(rs.getObject("app_snapshot_id", Long.class), rs.getBigDecimal("access_rate"),
        rs.getBigDecimal("regular_rate"), rs.getObject("base_snapshot_id", Long.class), rs.getBigDecimal("base_access_rate"),
        rs.getInt("follow_ups"), rs.getInt("follow_ups_on_time"), rs.getBigDecimal("meetings_rate"),
        orNone(rs.getString("inspection_outcome")), rs.getInt("unresolved_remediations"));
    return new Rating(rs.getLong("id"), rs.getLong("evaluation_id"), rs.getString("organization_code"),
        rs.getString("organization_name"), rs.getString("secretary_user_id"), inputs, rs.getBigDecimal("data_points"),
        rs.getBigDecimal("data_maximum"), rs.getBigDecimal("committee_points"), rs.getString("committee_reason"),
        band(rs.getString("computed_band")), rs.getString("band_note"), rs.getString("rating_decision_id"),
        rs.getObject("rating_decision_version", Integer.class), band(rs.getString("decided_band")),
        rs.getString("decided_reason"), band(rs.getString("self_band")), rs.getString("self_comment"),
        rs.getString("self_assessed_by"), instant(rs, "self_assessed_at"), instant(rs, "scored_at"),
        rs.getString("process_instance_id"));
  }

  private static String orNone(String outcome) {
    return outcome == null ? InspectionOutcome.NONE : outcome;
  }

  private static RatingBand band(String name) {
    return name == null ? null : RatingBand.valueOf(name);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }
}
