package vn.dondoc.evaluation;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.dondoc.platform.time.VietnameseFormat;

/**
 * The excellent quota within a parent organisation: at most {@code percent}% of those rated good
 * or better may be excellent (rounded down). When the proposal is over it, those ranked below the
 * quota by score are named with the reason; nobody is downgraded here — the committee decides.
 */
public final class Quota {

  private Quota() {
  }

  /** A rating as the quota sees it. */
  public record Entry(String code, String name, BigDecimal score, RatingBand band) {
  }

  /**
   * @param allowed how many may be excellent; {@code -1} when the quota is off
   * @param over the excellent ones over the quota, by code, with the reason in Vietnamese; lowest score last
   * @param summary the quota in one sentence, for the proposal
   */
  public record Verdict(boolean binds, int goodOrBetter, int excellent, int allowed, Map<String, String> over,
      String summary) {
  }

  /** @param percent the quota in percent; {@code null} when it is off */
  public static Verdict check(List<Entry> entries, Integer percent) {
    List<Entry> excellent = entries.stream().filter(e -> e.band() == RatingBand.EXCELLENT)
        .sorted(Comparator.comparing(Entry::score, Comparator.reverseOrder()).thenComparing(Entry::code)).toList();
    int goodOrBetter = (int) entries.stream().filter(e -> e.band() != null && e.band().goodOrBetter()).count();
    if (percent == null) {
      return new Verdict(false, goodOrBetter, excellent.size(), -1, Map.of(),
          "Không áp dụng tỷ lệ tối đa hoàn thành xuất sắc nhiệm vụ.");
    }
    int allowed = goodOrBetter * percent / 100;
    String quota = "Tối đa " + percent + "% của " + goodOrBetter + " tổ chức hoàn thành tốt nhiệm vụ trở lên được xếp"
        + " hoàn thành xuất sắc nhiệm vụ, tức " + allowed + " tổ chức; đề xuất " + excellent.size() + " tổ chức.";
    Map<String, String> over = new LinkedHashMap<>();
    for (int rank = allowed; rank < excellent.size(); rank++) {
      Entry entry = excellent.get(rank);
      over.put(entry.code(), "Vượt tỷ lệ hoàn thành xuất sắc nhiệm vụ: xếp thứ " + (rank + 1) + "/" + excellent.size()
          + " theo điểm (" + VietnameseFormat.decimal(entry.score()) + " điểm) trong khi chỉ " + allowed
          + " tổ chức được xếp loại này (" + percent + "% của " + goodOrBetter
          + " tổ chức hoàn thành tốt nhiệm vụ trở lên). Cấp ủy quyết định giữ hay điều chỉnh mức xếp loại.");
    }
    return new Verdict(!over.isEmpty(), goodOrBetter, excellent.size(), allowed, over,
        quota + (over.isEmpty() ? " Không vượt." : " Vượt " + over.size() + " tổ chức."));
  }
}
