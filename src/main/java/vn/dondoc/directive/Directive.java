package vn.dondoc.directive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A directive (công văn) as the committee signs it: number, date and place, issuer, subject
 * ("V/v …"), body, requirements, numeric targets, recipients, deadlines, signer, and the documents
 * it implements. Reminder settings are per directive.
 */
public record Directive(
    Long id,
    String number,
    LocalDate issuedOn,
    String place,
    String issuerCode,
    String issuingBody,
    String subject,
    String body,
    String signerName,
    String signerTitle,
    LocalDate reportBy,
    LocalDate completeBy,
    List<Integer> reminderDays,
    int overdueReminderCap,
    DirectiveStatus status,
    String processInstanceId,
    List<String> requirements,
    List<Target> targets,
    List<String> references,
    List<Recipient> recipients) {

  /** "Tỷ lệ đảng viên truy cập ≥ 95 %". */
  public record Target(String indicator, String comparator, BigDecimal value, String unit) {
  }

  /** An organisation, or — with {@code allBranches} — every active branch under it. */
  public record Recipient(String organizationCode, boolean allBranches) {
  }
}
