package vn.dondoc.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A supervision: a commune's regular supervision for a period, or a thematic one of an organisation.
 *
 * @param scopeCode the committee whose inspection committee supervises
 * @param organizationCode the organisation supervised (for a regular supervision, the committee itself)
 * @param findings what the members noted, oldest first; empty in lists
 */
public record Supervision(
    long id,
    SupervisionKind kind,
    String kindLabel,
    String scopeCode,
    String organizationCode,
    String organizationName,
    String period,
    String periodLabel,
    String subject,
    String plan,
    LocalDate dueOn,
    SupervisionStatus status,
    String statusLabel,
    String returnComment,
    ConclusionOutcome outcome,
    String conclusion,
    LocalDate concludedOn,
    String processInstanceId,
    String createdBy,
    Instant createdAt,
    List<Finding> findings) {

  /** One note of a member. */
  public record Finding(long id, String organizationCode, String organizationName, Activity activity,
      String activityLabel, String text, String recordedBy, Instant recordedAt) {
  }

  /** What the member was doing when he noted it. */
  public enum Activity {
    DASHBOARD("Xem xét số liệu, báo cáo"),
    MEETING("Dự sinh hoạt chi bộ"),
    FINDING("Kết quả giám sát");

    private final String label;

    Activity(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public boolean open() {
    return status != SupervisionStatus.CONCLUDED;
  }

  public String reference() {
    return reference(id);
  }

  /** The audit reference of a supervision, as conclusions and inspection requests carry it: {@code GS-42}. */
  public static String reference(long id) {
    return "GS-" + id;
  }

  Supervision withFindings(List<Finding> all) {
    return new Supervision(id, kind, kindLabel, scopeCode, organizationCode, organizationName, period, periodLabel, subject,
        plan, dueOn, status, statusLabel, returnComment, outcome, conclusion, concludedOn, processInstanceId, createdBy,
        createdAt, List.copyOf(all));
  }
}
