package vn.dondoc.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Map;
import vn.dondoc.platform.time.VietnameseFormat;

/**
 * What a rating is computed from, kept with it. Rates are percentages rounded to two decimals as the
 * letters write them; {@code null} where the data is absent.
 *
 * @param appSnapshotId the newest app snapshot before the period's end
 * @param baseSnapshotId the newest app snapshot before the period's start: the trend's base
 * @param followUps follow-ups of the organisation due in the period (withdrawn ones not counted)
 * @param followUpsOnTime of those, the ones done on time as of the period's end
 * @param meetingsRate meetings held on the app; no meeting feature feeds it yet, so always {@code null}
 * @param inspectionOutcome the worst conclusion concluded in the period: NONE, MEETS, SHORTCOMINGS, VIOLATION
 * @param unresolvedRemediations remediation actions due by the period's end and not verified by then
 */
public record RatingInputs(Long appSnapshotId, BigDecimal accessRate, BigDecimal regularRate, Long baseSnapshotId,
    BigDecimal baseAccessRate, int followUps, int followUpsOnTime, BigDecimal meetingsRate, String inspectionOutcome,
    int unresolvedRemediations) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final String ABSENT = "không có số liệu";

  /** Change of the access rate in percentage points since the base; {@code null} without both. */
  public BigDecimal accessTrend() {
    return accessRate == null || baseAccessRate == null ? null : accessRate.subtract(baseAccessRate);
  }

  /** Share of the period's follow-ups done on time, in percent; {@code null} when none was due. */
  public BigDecimal onTimeRate() {
    return followUps == 0 ? null
        : BigDecimal.valueOf(followUpsOnTime).multiply(HUNDRED).divide(BigDecimal.valueOf(followUps), 2, RoundingMode.HALF_UP);
  }

  /** Every task of the period done on time (none due counts as all): excellent needs it. */
  public boolean allTasksOnTime() {
    return followUpsOnTime == followUps;
  }

  /** The decision inputs, by the names the DMN tables use. */
  public Map<String, Object> variables() {
    Map<String, Object> variables = new HashMap<>();
    variables.put("accessRate", accessRate);
    variables.put("regularRate", regularRate);
    variables.put("accessTrend", accessTrend());
    variables.put("onTimeRate", onTimeRate());
    variables.put("meetingsRate", meetingsRate);
    variables.put("inspectionOutcome", inspectionOutcome);
    variables.put("unresolvedRemediations", unresolvedRemediations);
    return variables;
  }

  /** The input of one criterion as a person reads it: {@code 58,14%}, {@code 3/4 đúng hạn}, {@code không có số liệu}. */
  public String describe(Criterion criterion) {
    return switch (criterion) {
      case ACCESS -> rate(accessRate);
      case REGULAR_USE -> rate(regularRate);
      case TREND -> accessTrend() == null ? ABSENT
          : VietnameseFormat.percent(baseAccessRate) + " → " + VietnameseFormat.percent(accessRate);
      case ON_TIME -> followUps == 0 ? "không có nhiệm vụ đến hạn"
          : followUpsOnTime + "/" + followUps + " nhiệm vụ hoàn thành đúng hạn";
      case MEETINGS -> rate(meetingsRate);
      case INSPECTION -> InspectionOutcome.label(inspectionOutcome);
      case REMEDIATION -> unresolvedRemediations == 0 ? "không còn việc chưa khắc phục"
          : unresolvedRemediations + " việc chưa khắc phục";
    };
  }

  private static String rate(BigDecimal rate) {
    return rate == null ? ABSENT : VietnameseFormat.percent(rate);
  }
}
