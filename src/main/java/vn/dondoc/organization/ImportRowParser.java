package vn.dondoc.organization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import vn.dondoc.platform.tabular.Column;
import vn.dondoc.platform.tabular.ImportError;
import vn.dondoc.platform.tabular.Row;
import vn.dondoc.platform.tabular.RowCells;
import vn.dondoc.platform.tabular.Table;

/** Reads each row of an organisation file into an {@link ImportRow}, naming every bad cell. */
final class ImportRowParser {

  /** Codes become engine group and tenant ids, so they keep to letters without diacritics, digits and . _ - */
  static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
  static final Pattern USER_ID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]{0,63}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private ImportRowParser() {
  }

  static List<ImportRow> parse(Table table, List<ImportError> errors) {
    List<ImportRow> rows = new ArrayList<>();
    for (Row row : table.rows()) {
      RowCells cells = new RowCells(row, errors);
      String code = cells.required(OrganizationColumns.CODE);
      if (!code.isEmpty() && !CODE.matcher(code).matches()) {
        cells.error(OrganizationColumns.CODE, "Mã \"" + code + "\" không hợp lệ: tối đa 40 ký tự, chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới");
      }
      String name = cells.required(OrganizationColumns.NAME);
      if (name.length() > 255) {
        cells.error(OrganizationColumns.NAME, "Tên dài quá 255 ký tự");
      }
      String typeText = cells.required(OrganizationColumns.TYPE);
      OrganizationType type = typeText.isEmpty() ? null : OrganizationType.parse(typeText).orElse(null);
      if (!typeText.isEmpty() && type == null) {
        cells.error(OrganizationColumns.TYPE, "Loại \"" + typeText + "\" không có; dùng một trong: " + typeLabels());
      }
      String parent = row.get(OrganizationColumns.PARENT.key());
      String address = row.get(OrganizationColumns.ADDRESS.key());
      boolean active = cells.yesNo(OrganizationColumns.ACTIVE, true);
      Person secretary = person(cells, OrganizationColumns.SECRETARY, OrganizationColumns.SECRETARY_NAME, OrganizationColumns.SECRETARY_EMAIL);
      Person deputy = person(cells, OrganizationColumns.DEPUTY, OrganizationColumns.DEPUTY_NAME, OrganizationColumns.DEPUTY_EMAIL);
      if (secretary != null && deputy != null && secretary.userId().equals(deputy.userId())) {
        cells.error(OrganizationColumns.DEPUTY, "Phó bí thư trùng với bí thư");
      }
      if (cells.valid()) {
        rows.add(new ImportRow(row.number(), code, name, type, parent.isEmpty() ? null : parent,
            address.isEmpty() ? null : address, active, secretary, deputy, row.values().keySet()));
      }
    }
    return rows;
  }

  private static String typeLabels() {
    return String.join(", ", Arrays.stream(OrganizationType.values()).map(t -> "\"" + t.label() + "\"").toList());
  }

  private static Person person(RowCells cells, Column userColumn, Column nameColumn, Column emailColumn) {
    String userId = cells.text(userColumn);
    String name = cells.text(nameColumn);
    String email = cells.text(emailColumn);
    if (userId.isEmpty()) {
      if (!name.isEmpty() || !email.isEmpty()) {
        cells.error(userColumn, "Có họ tên hoặc email nhưng thiếu tài khoản");
      }
      return null;
    }
    if (!USER_ID.matcher(userId).matches()) {
      cells.error(userColumn, "Tài khoản \"" + userId + "\" không hợp lệ: chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới");
    }
    if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
      cells.error(emailColumn, "Email \"" + email + "\" không hợp lệ");
    }
    return new Person(userId, name.isEmpty() ? null : name, email.isEmpty() ? null : email);
  }
}
