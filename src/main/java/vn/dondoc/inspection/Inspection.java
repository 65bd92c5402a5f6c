package vn.dondoc.inspection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One inspection (kiểm tra) of one organisation, as its table keeps it.
 *
 * @param team the user ids the decision names as the inspection team
 * @param timeLimitDays fixed with the decision, from the setting in force that day
 */
public record Inspection(
    long id,
    String organizationCode,
    String organizationName,
    String scopeCode,
    Origin origin,
    String originRef,
    String requestedBy,
    Instant requestedAt,
    InspectionStep step,
    String processInstanceId,
    String planContent,
    List<String> team,
    LocalDate selfReportDue,
    LocalDate decidedOn,
    Integer timeLimitDays,
    int extensionDays,
    String extensionReason,
    String selfReport,
    Instant selfReportedAt,
    Instant selfReportOverdueSince,
    String teamReport,
    Outcome outcome,
    Long conclusionId,
    Instant closedAt) {

  /** The reference written with its conclusion and shown to users: {@code KT-12}. */
  public String reference() {
    return reference(id);
  }

  public static String reference(long id) {
    return "KT-" + id;
  }

  /** The legal time limit, once the decision is made. */
  public Optional<TimeLimit> timeLimit() {
    return decidedOn == null ? Optional.empty() : Optional.of(new TimeLimit(decidedOn, timeLimitDays, extensionDays));
  }

  public boolean onTeam(String userId) {
    return team.contains(userId);
  }
}
