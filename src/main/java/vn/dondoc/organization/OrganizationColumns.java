package vn.dondoc.organization;

import java.util.List;
import vn.dondoc.platform.tabular.Column;

/** The columns of the organisation file, for import, export and the template alike. */
final class OrganizationColumns {

  static final Column CODE = Column.required("code", "Mã");
  static final Column NAME = Column.required("name", "Tên");
  static final Column TYPE = Column.required("type", "Loại");
  static final Column PARENT = Column.optional("parent", "Mã cấp trên");
  static final Column ADDRESS = Column.optional("address", "Địa chỉ");
  static final Column ACTIVE = Column.optional("active", "Hoạt động");
  static final Column SECRETARY = Column.optional("secretary", "Tài khoản bí thư");
  static final Column SECRETARY_NAME = Column.optional("secretaryName", "Họ tên bí thư");
  static final Column SECRETARY_EMAIL = Column.optional("secretaryEmail", "Email bí thư");
  static final Column DEPUTY = Column.optional("deputy", "Tài khoản phó bí thư");
  static final Column DEPUTY_NAME = Column.optional("deputyName", "Họ tên phó bí thư");
  static final Column DEPUTY_EMAIL = Column.optional("deputyEmail", "Email phó bí thư");

  static final List<Column> ALL = List.of(CODE, NAME, TYPE, PARENT, ADDRESS, ACTIVE,
      SECRETARY, SECRETARY_NAME, SECRETARY_EMAIL, DEPUTY, DEPUTY_NAME, DEPUTY_EMAIL);

  private OrganizationColumns() {
  }
}
