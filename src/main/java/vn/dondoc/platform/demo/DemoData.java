package vn.dondoc.platform.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveRequest;
import vn.dondoc.directive.DirectiveService;
import vn.dondoc.organization.OrganizationFile;
import vn.dondoc.organization.OrganizationImporter;
import vn.dondoc.organization.OrganizationRepository;
import vn.dondoc.organization.ScopeRole;
import vn.dondoc.organization.Visibility;
import vn.dondoc.platform.security.Passwords;

/**
 * The {@code demo} profile (on by default for the embedded run): the commune of the letters —
 * Đảng ủy xã Sì Lở Lầu under Tỉnh ủy Lai Châu, two grassroots committees and 34 branches with
 * their secretaries — imported from the sample file through the real importer, plus one staff
 * user per committee body, and a draft directive to every branch. Created once, on an empty registry. The shared password comes from
 * {@code DONDOC_DEMO_PASSWORD} or is random and printed once.
 */
@Component
@Profile("demo")
class DemoData implements ApplicationRunner {

  static final String COMMUNE = "DU-SLL";
  static final String PROVINCE = "TU-LC";

  /** A staff user and the committee body he belongs to. */
  record Staff(String userId, String firstName, String lastName, String groupId) {
  }

  static final List<Staff> STAFF = List.of(
      new Staff("xaydungdang", "Nguyễn Thị", "Hoa", ScopeRole.PARTY_BUILDING.groupId(COMMUNE)),
      new Staff("vanphong", "Trần Văn", "Minh", ScopeRole.PARTY_OFFICE.groupId(COMMUNE)),
      new Staff("kiemtra", "Lò Văn", "Sáng", ScopeRole.INSPECTION.groupId(COMMUNE)),
      new Staff("thuongtruc", "Vàng A", "Sử", ScopeRole.STANDING.groupId(COMMUNE)),
      new Staff("bantochuc", "Phạm Ngọc", "Hà", ScopeRole.PARTY_BUILDING.groupId(PROVINCE)));

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final OrganizationImporter importer;
  private final OrganizationRepository organizations;
  private final IdentityService identity;
  private final DirectiveService directives;
  private final Clock clock;
  private final String configuredPassword;

  DemoData(OrganizationImporter importer, OrganizationRepository organizations, IdentityService identity,
      DirectiveService directives, Clock clock, @Value("${DONDOC_DEMO_PASSWORD:}") String configuredPassword) {
    this.directives = directives;
    this.clock = clock;
    this.importer = importer;
    this.organizations = organizations;
    this.identity = identity;
    this.configuredPassword = configuredPassword;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!organizations.findAll().isEmpty()) {
      return;
    }
    importer.importFile("xa-si-lo-lau.csv", sample(), "demo", Visibility.ALL);
    String password = configuredPassword.isBlank() ? Passwords.random() : configuredPassword;
    for (Staff staff : STAFF) {
      User user = identity.newUser(staff.userId());
      user.setFirstName(staff.firstName());
      user.setLastName(staff.lastName());
      user.setPassword(password);
      identity.saveUser(user);
      identity.createMembership(staff.userId(), staff.groupId());
    }
    // The importer gave the secretaries passwords nobody knows; demo users share one.
    List<String> users = new ArrayList<>();
    organizations.findAll().values().forEach(o -> {
      if (o.secretaryUserId() != null) {
        users.add(o.secretaryUserId());
      }
      if (o.deputyUserId() != null) {
        users.add(o.deputyUserId());
      }
    });
    for (String userId : users) {
      User user = identity.createUserQuery().userId(userId).singleResult();
      user.setPassword(password);
      identity.saveUser(user);
    }
    directives.create(demoDirective(), "xaydungdang", Set.of(ScopeRole.PARTY_BUILDING.groupId(COMMUNE)));
    log.warn("""

        ================================================================
         Dữ liệu mẫu (demo): xã Sì Lở Lầu, {} tài khoản
           cán bộ / staff: {}
           bí thư chi bộ / branch secretaries: bithu.<mã chi bộ>, ví dụ bithu.lungthang
         mật khẩu chung / shared password: {}
        ================================================================""",
        users.size() + STAFF.size(), STAFF.stream().map(Staff::userId).toList(),
        configuredPassword.isBlank() ? password : "(DONDOC_DEMO_PASSWORD)");
  }

  /** A draft in the words of the letters, due in two weeks, waiting for the staff to finish it. */
  private Directive demoDirective() {
    LocalDate today = LocalDate.now(clock);
    return new DirectiveRequest("15-CV/ĐU", null, "Sì Lở Lầu", COMMUNE, "Ban Thường vụ",
        "V/v tăng cường khai thác, sử dụng ứng dụng \"Sổ tay đảng viên điện tử\"",
        "Ban Thường vụ Đảng ủy đề nghị các chi bộ nghiêm túc thực hiện các nội dung sau.", "Nguyễn Ngọc Thành",
        "Phó Bí thư Thường trực", today.plusDays(10), today.plusDays(14), null, null,
        List.of("Tổ chức sinh hoạt chi bộ định kỳ, điểm danh đảng viên trên ứng dụng",
            "Phân công đồng chí bí thư hoặc phó bí thư chịu trách nhiệm cập nhật dữ liệu",
            "Báo cáo số đảng viên đã kích hoạt tài khoản"),
        List.of(new Directive.Target("Tỷ lệ đảng viên truy cập ứng dụng", "≥", BigDecimal.valueOf(95), "%")),
        List.of("Kế hoạch số 22-KH/ĐU ngày 30/10/2025 của Ban Thường vụ Đảng ủy"),
        List.of(new Directive.Recipient(COMMUNE, true))).toDirective();
  }

  private static byte[] sample() {
    try {
      return OrganizationFile.sample();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
