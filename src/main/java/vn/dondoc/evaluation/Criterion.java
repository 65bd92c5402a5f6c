package vn.dondoc.evaluation;

/**
 * The criteria computed from data, each a decision of {@code processes/evaluation-score.dmn} that
 * answers with its {@code points} and {@code maximum}. A maximum of 0 means the input is absent and
 * those points are the committee's to give.
 */
public enum Criterion {
  ACCESS("evaluation-score-access", "Tỷ lệ truy cập ứng dụng"),
  REGULAR_USE("evaluation-score-regular-use", "Tỷ lệ sử dụng thường xuyên"),
  TREND("evaluation-score-trend", "Xu hướng tỷ lệ truy cập"),
  ON_TIME("evaluation-score-on-time", "Hoàn thành nhiệm vụ đúng hạn"),
  MEETINGS("evaluation-score-meetings", "Sinh hoạt chi bộ trên ứng dụng"),
  INSPECTION("evaluation-score-inspection", "Kết luận kiểm tra, giám sát"),
  REMEDIATION("evaluation-score-remediation", "Khắc phục sau kiểm tra");

  /** The decision of the grade: {@code processes/evaluation-rating.dmn}. */
  public static final String RATING_DECISION = "evaluation-rating";

  private final String decisionKey;
  private final String label;

  Criterion(String decisionKey, String label) {
    this.decisionKey = decisionKey;
    this.label = label;
  }

  public String decisionKey() {
    return decisionKey;
  }

  public String label() {
    return label;
  }
}
