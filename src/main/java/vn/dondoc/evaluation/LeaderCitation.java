package vn.dondoc.evaluation;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.dondoc.platform.time.VietnameseFormat;

/**
 * The paragraph an individual rating of a branch's leader quotes: the branch's grade and the
 * results it rests on (leaders are judged on their unit's handbook use, as the letters say).
 */
final class LeaderCitation {

  private LeaderCitation() {
  }

  static String of(Rating rating, Period period, List<CriterionScore> criteria) {
    String results = criteria.stream().filter(c -> c.maximum().signum() > 0)
        .map(c -> c.label().toLowerCase(Locale.ROOT) + " " + c.input() + " (" + VietnameseFormat.decimal(c.points())
            + "/" + VietnameseFormat.decimal(c.maximum()) + " điểm)")
        .collect(Collectors.joining("; "));
    String leader = rating.secretaryUserId() == null ? "Người đứng đầu " + rating.organizationName()
        : "Đồng chí " + rating.secretaryUserId() + ", người đứng đầu " + rating.organizationName();
    return leader + ": " + rating.organizationName() + " được xếp loại " + rating.band().label().toLowerCase(Locale.ROOT)
        + " " + period.label() + " với " + VietnameseFormat.decimal(rating.total()) + " điểm; kết quả: " + results + ".";
  }
}
