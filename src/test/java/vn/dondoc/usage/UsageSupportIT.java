package vn.dondoc.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dondoc.usage.UsageImportIT.snapshotId;
import static org.awaitility.Awaitility.await;
import static vn.dondoc.usage.UsageImportIT.utf8;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.dondoc.testsupport.PostgresApplicationTest;
import vn.dondoc.testsupport.TestSmtp;

/**
 * Support pairs on PostgreSQL through the REST API, from a member database and an app snapshot
 * imported by the real importer: who is proposed and to whom, proposing twice, who may see and
 * act, outcomes recorded by the branch secretary, a helper handed over, a newer snapshot that
 * confirms, the export, and bad input. The tests run in order: each builds on the one before.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UsageSupportIT extends PostgresApplicationTest {

  static final String TREE = """
      Mã;Tên;Loại;Mã cấp trên;Tài khoản bí thư;Họ tên bí thư;Email bí thư
      SP-T;Tỉnh ủy Hỗ Trợ;Tỉnh ủy;;;;
      SP-X;Đảng ủy xã Hỗ Trợ;Đảng ủy xã;SP-T;;;
      SP-B1;Chi bộ bản Một;Chi bộ cơ sở;SP-X;bt.spb1;Lò Văn Bí;bt.spb1@dondoc.example.vn
      SP-B2;Chi bộ bản Hai;Chi bộ cơ sở;SP-X;bt.spb2;Hầu A Thư;
      SP-X2;Đảng ủy xã Khác;Đảng ủy xã;SP-T;;;
      SP-Y1;Chi bộ bản Khác;Chi bộ cơ sở;SP-X2;;;
      """;
  static final String SECRETARY_MAIL = "bt.spb1@dondoc.example.vn";
  static final String CITIZEN_ID = "001066012345";

  /**
   * B1-1 is 28 and uses the app; B1-7 uses it but is 35; B1-2 is 76, the member known by his
   * citizen id 60, B1-4 59; B1-5 has no smartphone; B1-6 is exempt; in B2 nobody young uses it.
   */
  static final String DATABASE = "Mã đảng viên,Số CCCD,Mã tổ chức,Họ và tên,Trạng thái,Năm sinh,Có điện thoại thông minh\n"
      + "B1-1,,SP-B1,Lò Văn Trẻ,Đang sinh hoạt,1998,Có\n"
      + "B1-2,,SP-B1,Lò Thị Già,Đang sinh hoạt,1950,Có\n"
      + "," + CITIZEN_ID + ",SP-B1,Thào A Sử,Đang sinh hoạt,1966,\n"
      + "B1-4,,SP-B1,Vàng A Dính,Đang sinh hoạt,1967,Có\n"
      + "B1-5,,SP-B1,Giàng Thị Mỷ,Đang sinh hoạt,1985,Không\n"
      + "B1-6,,SP-B1,Lý A Lử,Miễn sinh hoạt,1940,Không\n"
      + "B1-7,,SP-B1,Sùng A Tráng,Đang sinh hoạt,1991,Có\n"
      + "B2-1,,SP-B2,Hầu A Lềnh,Đang sinh hoạt,1945,Không\n"
      + "B2-2,,SP-B2,Mùa A Páo,Đang sinh hoạt,1980,Có\n";
  static final String APP_HEADER = "Mã đảng viên,Mã tổ chức,Đã kích hoạt,Truy cập lần cuối,Số lần truy cập\n";
  /** The member known by his citizen id is not in the app at all. */
  static final String APP = APP_HEADER + "B1-1,SP-B1,Có,09/03/2026 20:00,5\nB1-2,SP-B1,Không,,0\nB1-4,SP-B1,Không,,0\n"
      + "B1-5,SP-B1,Có,,0\nB1-6,SP-B1,Không,,0\nB1-7,SP-B1,Có,08/03/2026 10:00,2\nB2-1,SP-B2,Không,,0\n"
      + "B2-2,SP-B2,Có,08/03/2026 10:00,1\n";
  /** Ten days later B1-5 has accessed; B2-1 shows an access from before the first snapshot, which confirms nothing. */
  static final String LATER_APP = APP.replace("B1-5,SP-B1,Có,,0", "B1-5,SP-B1,Có,15/03/2026 09:00,1")
      .replace("B2-1,SP-B2,Không,,0", "B2-1,SP-B2,Có,05/03/2026 07:00,1");

  final ObjectMapper json = new ObjectMapper();
  String app;
  String database;

  @BeforeAll
  void communeWithItsSnapshots() {
    HttpResponse<String> imported = importOrganizations("to-chuc.csv", TREE.getBytes(StandardCharsets.UTF_8));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    user("xdd.sp", "xdd:SP-X");
    user("xdd.sp2", "xdd:SP-X2");
    user("ubkt.sp", "ubkt:SP-X");
    // The import made the secretaries members of org:SP-B1 and org:SP-B2; they get a password here.
    user("bt.spb1");
    user("bt.spb2");
    database = upload("member-database", "SP-X", "2026-03-10T16:00", DATABASE);
    app = upload("app-members", "SP-X", "2026-03-10T17:00", APP);
  }

  @Test
  @Order(1)
  void onlyThePartyBuildingStaffOfTheCommunePropose() {
    assertThat(as("bt.spb1").postJson("/api/usage/support/propose?organization=SP-B1", "").statusCode()).isEqualTo(403);
    assertThat(as("ubkt.sp").postJson("/api/usage/support/propose?organization=SP-X", "").statusCode()).isEqualTo(403);
    assertThat(as("xdd.sp2").postJson("/api/usage/support/propose?organization=SP-X", "").statusCode()).isEqualTo(404);
    assertThat(asAdmin().get("/api/usage/support/pairs?organization=SP-X").body()).contains("\"pairs\":[]");
  }

  @Test
  @Order(2)
  void theElderlyAndThoseWithoutASmartphoneWhoHaveNotAccessedArePairedOnce() throws IOException {
    HttpResponse<String> proposed = as("xdd.sp").postJson("/api/usage/support/propose?organization=SP-X", "");
    assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(200);
    assertThat(proposed.body()).contains("\"appSnapshotId\":" + app, "\"databaseSnapshotId\":" + database,
        "\"footnote\":\"Tính đến thời điểm 17 giờ 00 phút, ngày 10/3/2026\"", "\"proposed\":4", "\"withMember\":3",
        "\"withYouthUnion\":1", "\"alreadyPaired\":0");

    JsonNode list = pairs("xdd.sp", "SP-X");
    assertThat(list.at("/counts").toString()).isEqualTo("{\"total\":4,\"pending\":4,\"loggedIn\":0,\"cannot\":0}");
    // By branch, the oldest first; 59-year-old B1-4, exempt B1-6 and those who accessed are not there.
    assertThat(lines(list)).containsExactly("B1-2 Lò Thị Già|Cao tuổi|B1-1 Lò Văn Trẻ|PENDING",
        "CCCD Thào A Sử|Cao tuổi|B1-1 Lò Văn Trẻ|PENDING",
        "B1-5 Giàng Thị Mỷ|Không có điện thoại thông minh|B1-1 Lò Văn Trẻ|PENDING",
        "B2-1 Hầu A Lềnh|Cao tuổi, Không có điện thoại thông minh|Đoàn Thanh niên|PENDING");
    JsonNode hashed = pair(list, "Thào A Sử");
    assertThat(hashed.get("memberKey").asText()).startsWith(MemberKeys.HASH_PREFIX).hasSize(5 + 64);
    assertThat(hashed.get("missingFromApp").asBoolean()).as("not in the app: no account yet").isTrue();
    assertThat(pair(list, "Lò Thị Già").get("missingFromApp").asBoolean()).isFalse();
    assertThat(list.toString()).doesNotContain(CITIZEN_ID);
    assertThat(pair(list, "Hầu A Lềnh").get("helperKind").asText()).isEqualTo("YOUTH_UNION");
    assertThat(pair(list, "Lò Thị Già").get("assignedBy").asText()).isEqualTo("xdd.sp");

    HttpResponse<String> again = as("xdd.sp").postJson("/api/usage/support/propose?organization=SP-X", "");
    assertThat(again.body()).contains("\"proposed\":0", "\"alreadyPaired\":4");
    assertThat(pairs("xdd.sp", "SP-X").at("/counts/total").asInt()).isEqualTo(4);
  }

  /** One notification per branch of the proposal, none for the second proposal that paired nobody. */
  @Test
  @Order(3)
  void eachBranchSecretaryIsToldHowManyOfHisMembersGotAHelper() throws Exception {
    JsonNode first = notifications("bt.spb1");
    assertThat(first.get("total").asInt()).isEqualTo(1);
    JsonNode notice = first.at("/items/0");
    assertThat(notice.get("subject").asText())
        .isEqualTo("Ghép cặp hỗ trợ 3 đảng viên của Chi bộ bản Một sử dụng Sổ tay đảng viên điện tử");
    assertThat(notice.get("body").asText()).contains("Kính gửi: Đồng chí Lò Văn Bí",
        "Chi bộ bản Một có 3 đảng viên chưa truy cập ứng dụng", "tính đến 17 giờ 00 phút, ngày 10/3/2026",
        "Có 1 đồng chí chưa có tài khoản trên ứng dụng") // the member known by his citizen id
        .doesNotContain("Đoàn Thanh niên");
    assertThat(notice.get("link").asText()).endsWith("/usage?organization=SP-B1#support");
    JsonNode second = notifications("bt.spb2");
    assertThat(second.get("total").asInt()).isEqualTo(1);
    assertThat(second.at("/items/0/body").asText()).contains("Chi bộ bản Hai có 1 đảng viên",
        "Trong đó 1 đồng chí do Đoàn Thanh niên hỗ trợ").doesNotContain("tài khoản");
    assertThat(notifications("xdd.sp").get("total").asInt()).as("the staff who proposed are not told").isZero();

    await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(100))
        .until(() -> !TestSmtp.mailsTo(SECRETARY_MAIL).isEmpty());
    List<MimeMessage> mails = TestSmtp.mailsTo(SECRETARY_MAIL);
    assertThat(mails).hasSize(1);
    assertThat(mails.get(0).getSubject()).isEqualTo(notice.get("subject").asText());
    assertThat(mails.get(0).getContent().toString()).contains("/usage?organization=SP-B1#support");
  }

  @Test
  @Order(4)
  void eachSeesThePairsOfWhatHeSeesAndNobodyElsesNames() throws IOException {
    assertThat(as("xdd.sp2").get("/api/usage/support/pairs?organization=SP-X").statusCode()).isEqualTo(404);
    assertThat(as("xdd.sp2").get("/api/usage/support/pairs/export?organization=SP-X").statusCode()).isEqualTo(404);
    assertThat(as("bt.spb1").get("/api/usage/support/pairs?organization=SP-X").statusCode()).isEqualTo(404);
    JsonNode own = pairs("bt.spb1", "SP-B1");
    assertThat(own.at("/counts/total").asInt()).isEqualTo(3);
    assertThat(own.toString()).contains("Lò Thị Già").doesNotContain("Hầu A Lềnh", "SP-B2");
    assertThat(pairs("ubkt.sp", "SP-X").at("/counts/total").asInt()).as("the inspection committee reads").isEqualTo(4);
  }

  @Test
  @Order(5)
  void theBranchSecretaryRecordsOutcomesForHisBranchOnly() throws IOException {
    JsonNode list = pairs("xdd.sp", "SP-X");
    long elderly = pair(list, "Lò Thị Già").get("id").asLong();
    long otherBranch = pair(list, "Hầu A Lềnh").get("id").asLong();

    HttpResponse<String> noReason = as("bt.spb1").postJson(outcome(elderly), "{\"outcome\":\"CANNOT\"}");
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(noReason.body()).contains("\"field\":\"reason\"", "Ghi rõ lý do không thực hiện được");
    HttpResponse<String> unknown = as("bt.spb1").postJson(outcome(elderly), "{\"outcome\":\"XONG\"}");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("\"field\":\"outcome\"", "Kết quả \\\"XONG\\\" không có");
    HttpResponse<String> empty = as("bt.spb1").postJson(outcome(elderly), "");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(empty.body()).contains("\"field\":\"outcome\"");
    HttpResponse<String> pending = as("bt.spb1").postJson(outcome(elderly), "{\"outcome\":\"PENDING\"}");
    assertThat(pending.body()).contains("\"field\":\"outcome\"");
    HttpResponse<String> tooLong = as("bt.spb1").postJson(outcome(elderly),
        "{\"outcome\":\"CANNOT\",\"reason\":\"" + "x".repeat(1001) + "\"}");
    assertThat(tooLong.body()).contains("\"field\":\"reason\"", "dài quá 1000 ký tự");
    assertThat(pairs("xdd.sp", "SP-X").at("/counts/pending").asInt()).as("nothing half-saved").isEqualTo(4);

    assertThat(as("bt.spb2").postJson(outcome(elderly), "{\"outcome\":\"LOGGED_IN\"}").statusCode()).isEqualTo(404);
    assertThat(as("xdd.sp2").postJson(outcome(elderly), "{\"outcome\":\"LOGGED_IN\"}").statusCode()).isEqualTo(404);
    HttpResponse<String> reader = as("ubkt.sp").postJson(outcome(elderly), "{\"outcome\":\"LOGGED_IN\"}");
    assertThat(reader.statusCode()).isEqualTo(403);
    assertThat(reader.body()).contains("Chỉ bí thư, phó bí thư của Chi bộ bản Một");
    assertThat(as("bt.spb1").postJson(outcome(otherBranch), "{\"outcome\":\"LOGGED_IN\"}").statusCode()).isEqualTo(404);
    assertThat(as("bt.spb1").postJson(outcome(987654321), "{\"outcome\":\"LOGGED_IN\"}").statusCode()).isEqualTo(404);

    HttpResponse<String> cannot = as("bt.spb1").postJson(outcome(elderly),
        "{\"outcome\":\"cannot\",\"reason\":\"Mắt kém, không đọc được màn hình\"}");
    assertThat(cannot.statusCode()).as(cannot.body()).isEqualTo(200);
    assertThat(cannot.body()).contains("\"outcome\":\"CANNOT\"", "\"outcomeLabel\":\"Không thực hiện được\"",
        "\"outcomeReason\":\"Mắt kém, không đọc được màn hình\"", "\"outcomeBy\":\"bt.spb1\"");
    assertThat(pairs("xdd.sp", "SP-X").at("/counts").toString())
        .isEqualTo("{\"total\":4,\"pending\":3,\"loggedIn\":0,\"cannot\":1}");
    assertThat(pairs("xdd.sp", "SP-X", "CANNOT").at("/pairs").size()).isEqualTo(1);
    assertThat(as("xdd.sp").get("/api/usage/support/pairs?organization=SP-X&outcome=XONG").body())
        .contains("\"field\":\"outcome\"");
  }

  /** Pages as the notifications list does; the counts and the total are of the whole list, not of the page. */
  @Test
  @Order(6)
  void theListIsPagedWithTheCountsOfTheWholeList() throws IOException {
    JsonNode first = read("xdd.sp", "/api/usage/support/pairs?organization=SP-X&page=0&size=3");
    assertThat(first.get("page").asInt() + "/" + first.get("size").asInt() + "/" + first.get("total").asInt()).isEqualTo("0/3/4");
    assertThat(first.at("/counts").toString()).isEqualTo("{\"total\":4,\"pending\":3,\"loggedIn\":0,\"cannot\":1}");
    assertThat(lines(first)).hasSize(3).first().asString().startsWith("B1-2 ");
    JsonNode second = read("xdd.sp", "/api/usage/support/pairs?organization=SP-X&page=1&size=3");
    assertThat(lines(second)).singleElement().asString().startsWith("B2-1 ");
    assertThat(second.get("total").asInt()).isEqualTo(4);
    assertThat(read("xdd.sp", "/api/usage/support/pairs?organization=SP-X&page=9&size=3").get("pairs")).isEmpty();
    assertThat(read("xdd.sp", "/api/usage/support/pairs?organization=SP-X").get("size").asInt()).as("default").isEqualTo(20);

    JsonNode pending = read("xdd.sp", "/api/usage/support/pairs?organization=SP-X&outcome=PENDING&page=1&size=2");
    assertThat(pending.get("total").asInt()).as("the filtered list").isEqualTo(3);
    assertThat(pending.at("/counts/total").asInt()).isEqualTo(4);
    assertThat(lines(pending)).singleElement().asString().startsWith("B2-1 ");

    for (String bad : List.of("page=-1", "size=0", "size=101")) {
      HttpResponse<String> refused = as("xdd.sp").get("/api/usage/support/pairs?organization=SP-X&" + bad);
      assertThat(refused.statusCode()).as(bad).isEqualTo(400);
      assertThat(refused.body()).contains("\"field\":\"" + bad.substring(0, bad.indexOf('=')) + "\"");
    }
  }

  @Test
  @Order(7)
  void aHelperIsHandedOverUnderTheSameRules() throws IOException {
    JsonNode list = pairs("xdd.sp", "SP-X");
    long noPhone = pair(list, "Giàng Thị Mỷ").get("id").asLong();
    long hashed = pair(list, "Thào A Sử").get("id").asLong();

    HttpResponse<String> tooOld = as("bt.spb1").postJson(helper(hashed), "{\"helperKind\":\"MEMBER\",\"helperMemberKey\":\"b1-7\"}");
    assertThat(tooOld.statusCode()).isEqualTo(400);
    assertThat(tooOld.body()).contains("\"field\":\"helperMemberKey\"", "Đảng viên \\\"B1-7\\\" không hỗ trợ được: 35 tuổi");
    assertThat(as("bt.spb1").postJson(helper(hashed), "{\"helperKind\":\"MEMBER\",\"helperMemberKey\":\"B2-2\"}").body())
        .contains("không cùng chi bộ (SP-B2)");
    assertThat(as("bt.spb1").postJson(helper(hashed), "{\"helperKind\":\"MEMBER\",\"helperMemberKey\":\"ZZ-9\"}").body())
        .contains("Không có đảng viên đang sinh hoạt mã \\\"ZZ-9\\\"");
    assertThat(as("bt.spb1").postJson(helper(hashed), "{\"helperKind\":\"MEMBER\"}").body())
        .contains("\"field\":\"helperMemberKey\"");
    assertThat(as("bt.spb1").postJson(helper(hashed), "{\"helperKind\":\"HANG_XOM\"}").body())
        .contains("\"field\":\"helperKind\"", "Hình thức hỗ trợ \\\"HANG_XOM\\\" không có");
    assertThat(as("bt.spb1").postJson(helper(hashed), "{\"helperKind\":\"YOUTH_UNION\",\"helperName\":\"" + "x".repeat(256)
        + "\"}").body()).contains("\"field\":\"helperName\"");

    HttpResponse<String> team = as("bt.spb1").postJson(helper(noPhone),
        "{\"helperKind\":\"digital-team\",\"helperName\":\"Tổ công nghệ số cộng đồng bản Một\"}");
    assertThat(team.statusCode()).as(team.body()).isEqualTo(200);
    assertThat(team.body()).contains("\"helperKind\":\"DIGITAL_TEAM\"", "\"helperMemberKey\":null",
        "\"helperName\":\"Tổ công nghệ số cộng đồng bản Một\"", "\"assignedBy\":\"bt.spb1\"");
    // B1-1 now helps one member: the one known by his citizen id.
    HttpResponse<String> back = as("xdd.sp").postJson(helper(noPhone), "{\"helperKind\":\"MEMBER\",\"helperMemberKey\":\"B1-1\"}");
    assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
    assertThat(as("xdd.sp").postJson(helper(noPhone), "{\"helperKind\":\"DIGITAL_TEAM\"}").body())
        .contains("\"helperName\":\"Tổ công nghệ số cộng đồng\"");

    long closed = pair(list, "Lò Thị Già").get("id").asLong();
    assertThat(as("bt.spb1").postJson(helper(closed), "{\"helperKind\":\"YOUTH_UNION\"}").body())
        .contains("\"field\":\"id\"", "đã có kết quả (Không thực hiện được)");
  }

  @Test
  @Order(8)
  void aNewerAppSnapshotConfirmsWhoAccessedSinceAndProposingFromItPairsNobodyTwice() throws IOException {
    String later = upload("app-members", "SP-X", "2026-03-20T08:00", LATER_APP);
    JsonNode list = pairs("xdd.sp", "SP-X");
    assertThat(list.at("/counts").toString()).isEqualTo("{\"total\":4,\"pending\":2,\"loggedIn\":1,\"cannot\":1}");
    JsonNode confirmed = pair(list, "Giàng Thị Mỷ");
    assertThat(confirmed.get("outcome").asText()).isEqualTo("LOGGED_IN");
    assertThat(confirmed.get("confirmedBySnapshotId").asText()).isEqualTo(later);
    assertThat(confirmed.get("outcomeBy").asText()).isEqualTo(ADMIN);
    assertThat(pair(list, "Hầu A Lềnh").get("outcome").asText()).as("accessed before the pair").isEqualTo("PENDING");

    HttpResponse<String> again = as("xdd.sp").postJson("/api/usage/support/propose?organization=SP-X", "");
    // B1-2 (cannot, recorded after this snapshot) and the citizen-id member (pending) are not paired again; B2-1 accessed.
    assertThat(again.body()).contains("\"appSnapshotId\":" + later, "\"proposed\":0", "\"alreadyPaired\":2");
  }

  @Test
  @Order(9)
  void theListExportsAsCsvAndXlsx() {
    HttpResponse<String> csv = as("xdd.sp").get("/api/usage/support/pairs/export?organization=SP-X&format=csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(
        value -> assertThat(value).contains("ho-tro-su-dung-so-tay-SP-X.csv"));
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.get(0)).isEqualTo("\uFEFFMã đảng viên,Họ và tên,Mã tổ chức,Tên tổ chức,Năm sinh,Lý do cần hỗ trợ,"
        + "Chưa có tài khoản trên ứng dụng,Người hỗ trợ,Hình thức hỗ trợ,Mã đảng viên hỗ trợ,Người giao,Thời điểm giao,Kết quả,"
        + "Lý do không thực hiện được,Người ghi nhận,Thời điểm ghi nhận");
    assertThat(lines).hasSize(5);
    assertThat(lines.get(1)).startsWith("B1-2,Lò Thị Già,SP-B1,Chi bộ bản Một,1950,Cao tuổi,Không,Lò Văn Trẻ,"
        + "Đảng viên trẻ cùng chi bộ,B1-1,xdd.sp,").contains(",Không thực hiện được,\"Mắt kém, không đọc được màn hình\",bt.spb1,");
    assertThat(lines.get(2)).contains(",Thào A Sử,SP-B1,Chi bộ bản Một,1966,Cao tuổi,Có,Lò Văn Trẻ,");
    assertThat(lines.get(4)).startsWith("B2-1,Hầu A Lềnh,SP-B2,Chi bộ bản Hai,1945,\"Cao tuổi, Không có điện thoại thông minh\","
        + "Không,Đoàn Thanh niên,Đoàn Thanh niên,,xdd.sp,").endsWith(",Đang hỗ trợ,,,");
    assertThat(csv.body()).doesNotContain(CITIZEN_ID);
    HttpResponse<String> xlsx = as("bt.spb1").get("/api/usage/support/pairs/export?organization=SP-B1&format=xlsx");
    assertThat(xlsx.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("spreadsheetml"));
  }

  @Test
  @Order(10)
  void withoutAMemberDatabaseThereIsNothingToProposeFrom() {
    upload("app-members", "SP-X2", "2026-03-10T17:00", APP_HEADER + "Y1-1,SP-Y1,Không,,0\n");
    HttpResponse<String> refused = as("xdd.sp2").postJson("/api/usage/support/propose?organization=SP-X2", "");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("\"field\":\"organization\"", "Chưa có số liệu CSDL đảng viên của Đảng ủy xã Khác");
    HttpResponse<String> noApp = asAdmin().postJson("/api/usage/support/propose?organization=SP-T", "");
    assertThat(noApp.body()).contains("Chưa có số liệu ứng dụng theo từng đảng viên của Tỉnh ủy Hỗ Trợ");
  }

  /** Past reviews, read from the engine's history, for whoever sees the organisation. */
  @Test
  @Order(11)
  void theReviewsSayWhoDecidedWhat() throws IOException {
    JsonNode task = json.readTree(as("xdd.sp").get("/engine-rest/task?processInstanceBusinessKey=TK-" + app).body()).get(0);
    HttpResponse<String> completed = as("xdd.sp").postJson("/engine-rest/task/" + task.get("id").asText() + "/complete",
        "{\"variables\":{\"remediate\":{\"value\":false,\"type\":\"Boolean\"}}}");
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);

    JsonNode reviews = json.readTree(as("ubkt.sp").get("/api/usage/reviews?organization=SP-X").body());
    assertThat(reviews).hasSize(2);
    assertThat(reviews.get(0).get("decision").asText()).isEqualTo("Chưa xem xét");
    JsonNode decided = reviews.get(1);
    assertThat(decided.get("snapshotId").asText()).isEqualTo(app);
    assertThat(decided.get("decision").asText()).isEqualTo("Không giao khắc phục");
    assertThat(decided.get("decidedBy").asText()).isEqualTo("xdd.sp");
    assertThat(decided.get("remediationDirectiveId").isNull()).isTrue();
    assertThat(as("xdd.sp2").get("/api/usage/reviews?organization=SP-X").statusCode()).isEqualTo(404);
    assertThat(as("bt.spb1").get("/api/usage/reviews?organization=SP-B1").body()).isEqualTo("[]");
  }

  /** Once a newer app export has him, the member has an account: only logging in is left to help with. */
  @Test
  @Order(12)
  void aMemberIsNoLongerMissingFromTheAppOnceALaterExportHasHim() throws IOException {
    assertThat(pair(pairs("xdd.sp", "SP-X"), "Thào A Sử").get("missingFromApp").asBoolean()).isTrue();
    upload("app-members", "SP-X", "2026-03-25T08:00", "Mã đảng viên,Số CCCD,Mã tổ chức,Đã kích hoạt,Truy cập lần cuối,"
        + "Số lần truy cập\n," + CITIZEN_ID + ",SP-B1,Có,,0\n");
    JsonNode hashed = pair(pairs("xdd.sp", "SP-X"), "Thào A Sử");
    assertThat(hashed.get("missingFromApp").asBoolean()).isFalse();
    assertThat(hashed.get("outcome").asText()).as("activated, not accessed").isEqualTo("PENDING");
  }

  private JsonNode notifications(String userId) throws IOException {
    return read(userId, "/api/notifications");
  }

  private JsonNode read(String userId, String path) throws IOException {
    HttpResponse<String> response = as(userId).get(path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  private JsonNode pairs(String userId, String organization) throws IOException {
    return pairs(userId, organization, "");
  }

  private JsonNode pairs(String userId, String organization, String outcome) throws IOException {
    HttpResponse<String> response = as(userId).get("/api/usage/support/pairs?organization=" + organization
        + "&outcome=" + outcome);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body());
  }

  /** Each pair as "key name|needs|helper|outcome", a citizen-id key as CCCD. */
  private static List<String> lines(JsonNode list) {
    return StreamSupport.stream(list.get("pairs").spliterator(), false).map(p -> (p.get("memberKey").asText()
        .startsWith(MemberKeys.HASH_PREFIX) ? "CCCD" : p.get("memberKey").asText()) + " " + p.get("memberName").asText()
        + "|" + p.get("needs").asText() + "|" + (p.get("helperMemberKey").isNull() ? "" : p.get("helperMemberKey").asText() + " ")
        + p.get("helperName").asText() + "|" + p.get("outcome").asText()).toList();
  }

  private static JsonNode pair(JsonNode list, String name) {
    return StreamSupport.stream(list.get("pairs").spliterator(), false)
        .filter(p -> name.equals(p.get("memberName").asText())).findFirst().orElseThrow();
  }

  private static String outcome(long id) {
    return "/api/usage/support/pairs/" + id + "/outcome";
  }

  private static String helper(long id) {
    return "/api/usage/support/pairs/" + id + "/helper";
  }

  private String upload(String kind, String organization, String asOf, String file) {
    HttpResponse<String> response = asAdmin().postFile("/api/usage/" + kind + "/import?organization=" + organization
        + "&asOf=" + asOf, "tep.csv", utf8(file));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return String.valueOf(snapshotId(response));
  }
}
