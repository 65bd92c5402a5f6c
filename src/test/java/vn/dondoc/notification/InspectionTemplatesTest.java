package vn.dondoc.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The inspection's notifications name the organisation, the inspection, the deadline and the link, in Vietnamese. */
class InspectionTemplatesTest {

  final NotificationTemplates templates = new NotificationTemplates();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "inspection-decided|daysLeft|0|Quyết định kiểm tra Chi bộ bản Lũng Thàng, hạn báo cáo tự kiểm tra 31/03/2026",
      "inspection-reminder|daysLeft|3|Nhắc hạn báo cáo tự kiểm tra (KT-7): còn 3 ngày",
      "inspection-reminder|daysLeft|0|Nhắc hạn báo cáo tự kiểm tra (KT-7): hôm nay là hạn",
      "inspection-reminder|daysOverdue|2|Nhắc hạn báo cáo tự kiểm tra (KT-7): đã quá hạn 2 ngày",
      "inspection-escalated|daysOverdue|1|Chi bộ bản Lũng Thàng quá hạn báo cáo tự kiểm tra (KT-7)",
      "inspection-time-limit|daysOverdue|1|Hết thời hạn kiểm tra Chi bộ bản Lũng Thàng (KT-7)"})
  void subjectAndBody(String template, String daysKey, int days, String subject) {
    Map<String, Object> values = new HashMap<>();
    values.put("branchName", "Chi bộ bản Lũng Thàng");
    values.put("reference", "KT-7");
    values.put("what", "báo cáo tự kiểm tra");
    values.put("planContent", "Việc triển khai ứng dụng");
    values.put("deadline", LocalDate.of(2026, 3, 31));
    values.put(daysKey, days);
    RenderedNotification message = templates.render(template, values, "Lý A Páo", "https://dondoc.example.vn/camunda/app/tasklist/default/");

    assertThat(message.subject()).isEqualTo(subject);
    assertThat(message.body()).startsWith("Kính gửi: Đồng chí Lý A Páo").contains("Chi bộ bản Lũng Thàng", "KT-7")
        .contains("https://dondoc.example.vn/camunda/app/tasklist/default/").endsWith("Thông báo tự động từ hệ thống Đôn đốc.")
        .doesNotContain("[(", "[#", "null", "\n\n\n");
  }
}
