package vn.dondoc.evaluation;

import java.util.List;

/**
 * The outcomes of {@code dd_inspection_conclusion}, worst last, and NONE when the organisation was
 * neither inspected nor supervised in the period.
 */
final class InspectionOutcome {

  static final String NONE = "NONE";
  /** Better to worse: the worst conclusion of the period counts. */
  static final List<String> ORDER = List.of(NONE, "MEETS", "SHORTCOMINGS", "VIOLATION");

  private InspectionOutcome() {
  }

  static String worse(String a, String b) {
    return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
  }

  static String label(String outcome) {
    return switch (outcome) {
      case "MEETS" -> "đạt yêu cầu";
      case "SHORTCOMINGS" -> "có hạn chế, khuyết điểm";
      case "VIOLATION" -> "có vi phạm";
      default -> "không bị kiểm tra, giám sát trong kỳ";
    };
  }
}
