package vn.dondoc.evaluation;

import java.math.BigDecimal;
import java.util.Map;

/** The score and rating decisions (DMN), evaluated by the engine; implemented in {@code process/}. */
public interface Decisions {

  /** The newest deployed version of every criterion's decision and of the rating decision, by key. */
  Map<String, DecisionRef> current();

  /** One criterion's points and maximum from that decision version. */
  Points score(DecisionRef decision, Map<String, Object> inputs);

  /** The grade of a total score from that version of {@code evaluation-rating}. */
  Grade rate(DecisionRef decision, BigDecimal score, boolean allTasksOnTime);

  /** A deployed decision: its engine id, key and version. */
  record DecisionRef(String id, String key, int version) {
  }

  record Points(BigDecimal points, BigDecimal maximum) {
  }

  /** @param note why, when the band is not the score's alone (empty otherwise) */
  record Grade(RatingBand band, String note) {
  }
}
