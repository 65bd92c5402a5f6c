package vn.dondoc.usage;

import java.util.List;
import vn.dondoc.platform.tabular.Column;
import vn.dondoc.platform.tabular.RowCells;

/**
 * The columns of the three usage files, with the header variants the exports circulate in. A member
 * is identified by the member key (party card number or the app's id) or, where a file has only
 * that, the citizen id number, which is hashed and never stored. No header that invites a citizen
 * id into the member key's column, which is stored as written.
 */
final class UsageColumns {

  static final Column MEMBER_KEY = Column.optional("key", "Mã đảng viên", "Số thẻ đảng viên");
  static final Column CITIZEN_ID = Column.optional("citizenId", "Số CCCD", "CCCD", "Số định danh cá nhân", "Căn cước công dân");
  static final Column ORGANIZATION = Column.required("organization", "Mã tổ chức", "Mã chi bộ", "Mã đơn vị");
  static final Column NAME = Column.optional("name", "Họ và tên", "Họ tên");

  static final Column ACTIVATED = Column.required("activated", "Đã kích hoạt", "Kích hoạt tài khoản");
  static final Column LAST_ACCESS = Column.optional("lastAccess", "Truy cập lần cuối", "Lần truy cập cuối");
  static final Column ACCESS_COUNT = Column.required("accessCount", "Số lần truy cập", "Số lần truy cập trong kỳ");
  static final Column APP_EXEMPT = Column.optional("exempt", "Miễn sinh hoạt", "Miễn công tác, miễn sinh hoạt đảng");

  static final Column STATUS = Column.required("status", "Trạng thái", "Tình trạng sinh hoạt");
  static final Column MEMBER_TYPE = Column.optional("type", "Loại đảng viên");
  static final Column BIRTH_YEAR = Column.optional("birthYear", "Năm sinh");
  static final Column ETHNIC_MINORITY = Column.optional("ethnicMinority", "Dân tộc thiểu số");
  static final Column SMARTPHONE = Column.optional("smartphone", "Có điện thoại thông minh", "Điện thoại thông minh");

  static final Column ORGANIZATION_NAME = Column.optional("organizationName", "Tên tổ chức");
  static final Column MEMBERS = Column.required("members", "Số đảng viên", "Tổng số đảng viên");
  static final Column EXEMPT_COUNT = Column.required("exempt", "Số miễn sinh hoạt", "Miễn sinh hoạt");
  static final Column ACTIVATED_COUNT = Column.required("activated", "Số đã kích hoạt", "Đã kích hoạt");
  static final Column ACCESSED_COUNT = Column.required("accessed", "Số đã truy cập", "Đã truy cập");
  static final Column REGULAR_COUNT = Column.required("regular", "Số sử dụng thường xuyên", "Sử dụng thường xuyên");

  static final List<Column> APP_MEMBERS = List.of(MEMBER_KEY, CITIZEN_ID, ORGANIZATION, NAME, ACTIVATED, LAST_ACCESS,
      ACCESS_COUNT, APP_EXEMPT);
  static final List<Column> MEMBER_DATABASE = List.of(MEMBER_KEY, CITIZEN_ID, ORGANIZATION, NAME, STATUS, MEMBER_TYPE,
      BIRTH_YEAR, ETHNIC_MINORITY, SMARTPHONE);
  static final List<Column> APP_ORGANIZATIONS = List.of(ORGANIZATION, ORGANIZATION_NAME, MEMBERS, EXEMPT_COUNT,
      ACTIVATED_COUNT, ACCESSED_COUNT, REGULAR_COUNT);

  static final String IN_ACTIVITY = "Đang sinh hoạt";
  static final String EXEMPT = "Miễn sinh hoạt";
  static final String EXEMPT_FROM_WORK = "Miễn công tác, miễn sinh hoạt đảng";
  static final String OFFICIAL = "Chính thức";
  static final String PROBATIONARY = "Dự bị";

  static final List<List<String>> APP_MEMBERS_EXAMPLE = List.of(
      List.of("DV-000123", "", "CB-BANMOI", "Lý A Páo", RowCells.YES, "09/03/2026 20:15", "12", RowCells.NO),
      List.of("", "001086012345", "CB-BANMOI", "Thào A Sử", RowCells.NO, "", "0", RowCells.NO));
  static final List<List<String>> MEMBER_DATABASE_EXAMPLE = List.of(
      List.of("DV-000123", "", "CB-BANMOI", "Lý A Páo", IN_ACTIVITY, OFFICIAL, "1968", RowCells.YES, RowCells.YES),
      List.of("", "001086012345", "CB-BANMOI", "Thào A Sử", EXEMPT, OFFICIAL, "1941", RowCells.YES, ""));
  static final List<List<String>> APP_ORGANIZATIONS_EXAMPLE = List.of(
      List.of("CB-BANMOI", "Chi bộ bản Bản Mới", "14", "2", "10", "2", "1"),
      List.of("CB-LUNGTHANG", "Chi bộ bản Lũng Thàng", "21", "1", "20", "20", "9"));

  private UsageColumns() {
  }
}
