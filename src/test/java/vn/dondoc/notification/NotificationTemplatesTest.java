package vn.dondoc.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every template renders a Vietnamese subject and body with the date as dd/MM/yyyy and the absolute link. */
class NotificationTemplatesTest {

  static final String LINK = new AbsoluteLinks("https://dondoc.example.vn/").of("/camunda/app/tasklist/default/#/?task=t-42");

  final NotificationTemplates templates = new NotificationTemplates();

  static Map<String, Object> directive() {
    Map<String, Object> values = new HashMap<>();
    values.put("directiveNumber", "15-CV/ĐU");
    values.put("directiveSubject", "triển khai ứng dụng Sổ tay đảng viên điện tử");
    values.put("branchName", "Chi bộ bản Lũng Thàng");
    values.put("deadline", LocalDate.of(2025, 3, 31));
    return values;
  }

  RenderedNotification render(String template, Map<String, Object> values) {
    return templates.render(template, values, "Lý A Páo", LINK);
  }

  @ParameterizedTest
  @ValueSource(strings = {"followup-assigned", "followup-reminder", "followup-overdue", "followup-escalated",
      "followup-returned", "directive-amended", "directive-withdrawn"})
  void everyTemplateNamesTheDirectiveTheBranchTheRecipientAndTheLink(String template) {
    Map<String, Object> values = directive();
    values.put("daysLeft", 3);
    values.put("daysOverdue", 2);
    RenderedNotification message = render(template, values);

    assertThat(message.subject()).contains("văn bản số 15-CV/ĐU".substring(template.startsWith("directive") ? 1 : 0))
        .doesNotContain("\n").doesNotContain("[(").doesNotContain("null");
    assertThat(message.body())
        .startsWith("Kính gửi: Đồng chí Lý A Páo")
        .contains("15-CV/ĐU", "triển khai ứng dụng Sổ tay đảng viên điện tử", "Chi bộ bản Lũng Thàng")
        .contains("https://dondoc.example.vn/camunda/app/tasklist/default/#/?task=t-42")
        .endsWith("Thông báo tự động từ hệ thống Đôn đốc.")
        .doesNotContain("[(", "[#", "[/]", "null", "\n\n\n");
    if (!template.equals("directive-withdrawn")) {
      assertThat(message.subject() + message.body()).contains("31/03/2025");
    }
  }

  @Test
  void assigned() {
    RenderedNotification message = render("followup-assigned", directive());
    assertThat(message.subject()).isEqualTo("Giao thực hiện văn bản số 15-CV/ĐU, hạn báo cáo 31/03/2025");
    assertThat(message.body()).isEqualTo("""
        Kính gửi: Đồng chí Lý A Páo

        Chi bộ bản Lũng Thàng được giao tổ chức thực hiện văn bản số 15-CV/ĐU về việc triển khai ứng dụng Sổ tay đảng viên điện tử.

        Hạn báo cáo kết quả: 31/03/2025.

        Đề nghị đồng chí xem và thực hiện tại:
        https://dondoc.example.vn/camunda/app/tasklist/default/#/?task=t-42

        Thông báo tự động từ hệ thống Đôn đốc.""");
  }

  /** Support pairs of the usage review: no directive, the count, and the Youth Union only when it helps. */
  @Test
  void usageSupportAssigned() {
    Map<String, Object> values = new HashMap<>(Map.of("branchName", "Chi bộ bản Lũng Thàng", "count", 3,
        "withYouthUnion", 1, "youthUnion", "Đoàn Thanh niên", "asOf", "17 giờ 00 phút, ngày 10/3/2026",
        "missingFromApp", 2));
    RenderedNotification message = render("usage-support-assigned", values);
    assertThat(message.subject())
        .isEqualTo("Ghép cặp hỗ trợ 3 đảng viên của Chi bộ bản Lũng Thàng sử dụng Sổ tay đảng viên điện tử");
    assertThat(message.body()).isEqualTo("""
        Kính gửi: Đồng chí Lý A Páo

        Chi bộ bản Lũng Thàng có 3 đảng viên chưa truy cập ứng dụng Sổ tay đảng viên điện tử (cao tuổi hoặc không có \
        điện thoại thông minh) vừa được ghép với người hỗ trợ, theo số liệu tính đến 17 giờ 00 phút, ngày 10/3/2026. \
        Trong đó 1 đồng chí do Đoàn Thanh niên hỗ trợ vì chi bộ chưa có đảng viên trẻ đã dùng ứng dụng. Có 2 đồng chí \
        chưa có tài khoản trên ứng dụng: cần đề nghị tạo tài khoản trước khi hướng dẫn đăng nhập.

        Đề nghị đồng chí phân công, theo dõi việc hỗ trợ và ghi nhận kết quả: đã cài đặt và đăng nhập, hoặc không \
        thực hiện được và lý do.

        Danh sách cặp hỗ trợ của chi bộ:
        https://dondoc.example.vn/camunda/app/tasklist/default/#/?task=t-42

        Thông báo tự động từ hệ thống Đôn đốc.""");
    values.put("withYouthUnion", 0);
    values.put("missingFromApp", 0);
    assertThat(render("usage-support-assigned", values).body()).doesNotContain("Đoàn Thanh niên", "tài khoản", "[#", "null")
        .contains("vừa được ghép với người hỗ trợ, theo số liệu tính đến 17 giờ 00 phút, ngày 10/3/2026.\n");
  }

  @Test
  void reminderCountsTheDaysLeftAndSaysTodayOnTheDay() {
    Map<String, Object> values = directive();
    values.put("daysLeft", 3);
    RenderedNotification threeDays = render("followup-reminder", values);
    assertThat(threeDays.subject()).isEqualTo("Nhắc hạn: còn 3 ngày nữa đến hạn báo cáo văn bản số 15-CV/ĐU");
    assertThat(threeDays.body()).contains("Còn 3 ngày nữa đến hạn báo cáo kết quả thực hiện văn bản số 15-CV/ĐU",
        "Đơn vị: Chi bộ bản Lũng Thàng", "Hạn báo cáo: 31/03/2025");

    values.put("daysLeft", 0L);
    RenderedNotification today = render("followup-reminder", values);
    assertThat(today.subject()).isEqualTo("Nhắc hạn: hôm nay là hạn báo cáo văn bản số 15-CV/ĐU");
    assertThat(today.body()).contains("Hôm nay là hạn cuối báo cáo kết quả").doesNotContain("Còn 0 ngày");
  }

  @Test
  void overdueAndEscalatedCountTheDaysOverdue() {
    Map<String, Object> values = directive();
    values.put("daysOverdue", 5);
    assertThat(render("followup-overdue", values).subject()).isEqualTo("Đã quá hạn 5 ngày: báo cáo văn bản số 15-CV/ĐU");
    RenderedNotification escalated = render("followup-escalated", values);
    assertThat(escalated.subject()).isEqualTo("Chi bộ bản Lũng Thàng quá hạn 5 ngày báo cáo văn bản số 15-CV/ĐU");
    assertThat(escalated.body()).contains("đã quá hạn 5 ngày nhưng chưa báo cáo", "theo dõi, đôn đốc, kiểm tra tại:");
  }

  @Test
  void returnedQuotesTheReviewerAndHisComment() {
    Map<String, Object> values = directive();
    values.put("reviewerName", "Nguyễn Thị Hoa");
    values.put("comment", "Thiếu số đảng viên đã cài đặt ứng dụng.");
    RenderedNotification message = render("followup-returned", values);
    assertThat(message.subject()).isEqualTo("Báo cáo văn bản số 15-CV/ĐU được trả lại để bổ sung");
    assertThat(message.body()).contains("đã được trả lại (người xem xét: đồng chí Nguyễn Thị Hoa).",
        "Ý kiến: Thiếu số đảng viên đã cài đặt ứng dụng.");

    RenderedNotification withoutComment = render("followup-returned", directive());
    assertThat(withoutComment.body()).contains("đã được trả lại.").doesNotContain("Ý kiến", "người xem xét");
  }

  @Test
  void amendedGivesTheNewAndTheOldDeadline() {
    Map<String, Object> values = directive();
    values.put("deadline", LocalDate.of(2025, 4, 15));
    values.put("previousDeadline", LocalDate.of(2025, 3, 31));
    values.put("reason", "Theo đề nghị của các chi bộ vùng cao.");
    RenderedNotification message = render("directive-amended", values);
    assertThat(message.subject()).isEqualTo("Văn bản số 15-CV/ĐU: hạn báo cáo mới là 15/04/2025");
    assertThat(message.body()).contains("Hạn báo cáo mới của Chi bộ bản Lũng Thàng: 15/04/2025 (hạn cũ: 31/03/2025).",
        "Lý do: Theo đề nghị của các chi bộ vùng cao.");
  }

  @Test
  void withdrawn() {
    RenderedNotification message = render("directive-withdrawn", directive());
    assertThat(message.subject()).isEqualTo("Văn bản số 15-CV/ĐU đã được thu hồi");
    assertThat(message.body()).contains("Chi bộ bản Lũng Thàng dừng thực hiện và không phải báo cáo theo văn bản này.")
        .doesNotContain("Lý do");
  }

  @Test
  void engineDatesAreReadInVietnamsTimeZone() {
    Map<String, Object> values = directive();
    // 31/03/2025 00:30 in Hà Nội is still 30/03 in UTC: the date must be Vietnam's.
    values.put("deadline", Date.from(LocalDateTime.of(2025, 3, 31, 0, 30).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));
    assertThat(render("followup-assigned", values).subject()).endsWith("31/03/2025");
    values.put("deadline", LocalDateTime.of(2025, 3, 31, 17, 0));
    assertThat(render("followup-assigned", values).subject()).endsWith("31/03/2025");
  }

  @Test
  void withoutNameOrLinkTheirLinesAreLeftOut() {
    RenderedNotification message = templates.render("followup-assigned", directive(), null, null);
    assertThat(message.body()).startsWith("Chi bộ bản Lũng Thàng được giao")
        .doesNotContain("Kính gửi", "Đề nghị đồng chí xem", "http");
  }

  @Test
  void anUnknownTemplateIsRefusedByName() {
    assertThatThrownBy(() -> render("followup-unknown", directive()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("followup-unknown");
    assertThatThrownBy(() -> templates.requireExists("../home"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aPathBecomesAnAbsoluteLinkOnTheBaseUrl() {
    AbsoluteLinks links = new AbsoluteLinks("http://localhost:8080/");
    assertThat(links.of("/camunda/app/tasklist/default/#/?task=1")).isEqualTo("http://localhost:8080/camunda/app/tasklist/default/#/?task=1");
    assertThat(links.of("api/notifications")).isEqualTo("http://localhost:8080/api/notifications");
    assertThat(links.of("https://other.example/x")).isEqualTo("https://other.example/x");
    assertThat(links.of(null)).isNull();
    assertThat(links.of(" ")).isNull();
  }
}
