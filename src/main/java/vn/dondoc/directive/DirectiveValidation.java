package vn.dondoc.directive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.dondoc.organization.Organization;
import vn.dondoc.organization.OrganizationRepository;
import vn.dondoc.platform.web.FieldError;
import vn.dondoc.platform.web.Rejected;

/** Checks a new directive field by field; every problem is reported at once, in Vietnamese. */
final class DirectiveValidation {

  static final Set<String> COMPARATORS = Set.of("≥", ">", "=", "≤", "<");

  private DirectiveValidation() {
  }

  static void check(Directive d, Organization issuer, OrganizationRepository organizations, LocalDate today) {
    List<FieldError> errors = new ArrayList<>();
    required(errors, "subject", d.subject(), "Thiếu trích yếu (V/v …)", 500);
    required(errors, "issuingBody", d.issuingBody(), "Thiếu cơ quan ban hành (ví dụ Ban Thường vụ)", 120);
    if (!issuer.type().isScope()) {
      errors.add(new FieldError("issuerCode", "Tổ chức ban hành phải là Đảng ủy xã, phường hoặc Tỉnh ủy"));
    }
    if (d.completeBy() == null) {
      errors.add(new FieldError("completeBy", "Thiếu hạn hoàn thành"));
    } else if (d.completeBy().isBefore(today)) {
      errors.add(new FieldError("completeBy", "Hạn hoàn thành đã qua"));
    } else if (d.reportBy() != null && d.reportBy().isAfter(d.completeBy())) {
      errors.add(new FieldError("reportBy", "Hạn báo cáo phải trước hoặc bằng hạn hoàn thành"));
    }
    if (d.recipients().isEmpty()) {
      errors.add(new FieldError("recipients", "Chưa có nơi nhận"));
    }
    for (int i = 0; i < d.recipients().size(); i++) {
      String code = d.recipients().get(i).organizationCode();
      String field = "recipients[" + i + "]";
      organizations.find(code).ifPresentOrElse(recipient -> {
        if (!recipient.isWithin(issuer.path())) {
          errors.add(new FieldError(field, "\"" + code + "\" không thuộc " + issuer.name()));
        } else if (!recipient.active()) {
          errors.add(new FieldError(field, "\"" + code + "\" đã ngừng hoạt động"));
        }
      }, () -> errors.add(new FieldError(field, "Không có tổ chức \"" + code + "\"")));
    }
    for (int i = 0; i < d.reminderDays().size(); i++) {
      int days = d.reminderDays().get(i);
      if (days < 1 || days > 30) {
        errors.add(new FieldError("reminderDays[" + i + "]", "Số ngày nhắc trước hạn phải từ 1 đến 30"));
      }
    }
    if (d.overdueReminderCap() < 0 || d.overdueReminderCap() > 30) {
      errors.add(new FieldError("overdueReminderCap", "Số lần nhắc sau hạn phải từ 0 đến 30"));
    }
    for (int i = 0; i < d.targets().size(); i++) {
      Directive.Target target = d.targets().get(i);
      String field = "targets[" + i + "]";
      if (target.indicator() == null || target.indicator().isBlank()) {
        errors.add(new FieldError(field + ".indicator", "Thiếu tên chỉ tiêu"));
      }
      if (!COMPARATORS.contains(target.comparator())) {
        errors.add(new FieldError(field + ".comparator", "Phép so sánh phải là một trong ≥ > = ≤ <"));
      }
      if (target.value() == null || target.value().compareTo(BigDecimal.ZERO) < 0) {
        errors.add(new FieldError(field + ".value", "Giá trị chỉ tiêu phải là số không âm"));
      }
    }
    for (int i = 0; i < d.requirements().size(); i++) {
      if (d.requirements().get(i) == null || d.requirements().get(i).isBlank()) {
        errors.add(new FieldError("requirements[" + i + "]", "Yêu cầu để trống"));
      }
    }
    if (!errors.isEmpty()) {
      throw new Rejected(errors);
    }
  }

  private static void required(List<FieldError> errors, String field, String value, String missing, int max) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, missing));
    } else if (value.length() > max) {
      errors.add(new FieldError(field, "Dài quá " + max + " ký tự"));
    }
  }
}
