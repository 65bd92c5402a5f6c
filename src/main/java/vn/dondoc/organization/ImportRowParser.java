package vn.dondoc.organization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import vn.dondoc.platform.tabular.Column;
import vn.dondoc.platform.tabular.Row;
import vn.dondoc.platform.tabular.Table;
import vn.dondoc.platform.tabular.VietnameseText;

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
      Cells cells = new Cells(row, errors);
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
      boolean active = cells.yesNo(OrganizationColumns.ACTIVE);
      Person secretary = cells.person(OrganizationColumns.SECRETARY, OrganizationColumns.SECRETARY_NAME, OrganizationColumns.SECRETARY_EMAIL);
      Person deputy = cells.person(OrganizationColumns.DEPUTY, OrganizationColumns.DEPUTY_NAME, OrganizationColumns.DEPUTY_EMAIL);
      if (secretary != null && deputy != null && secretary.userId().equals(deputy.userId())) {
        cells.error(OrganizationColumns.DEPUTY, "Phó bí thư trùng với bí thư");
      }
      if (cells.valid) {
        rows.add(new ImportRow(row.number(), code, name, type, parent.isEmpty() ? null : parent,
            address.isEmpty() ? null : address, active, secretary, deputy, row.values().keySet()));
      }
    }
    return rows;
  }

  private static String typeLabels() {
    return String.join(", ", Arrays.stream(OrganizationType.values()).map(t -> "\"" + t.label() + "\"").toList());
  }

  /** The cells of one row, collecting what is wrong with them. */
  private static final class Cells {
    private final Row row;
    private final List<ImportError> errors;
    private boolean valid = true;

    Cells(Row row, List<ImportError> errors) {
      this.row = row;
      this.errors = errors;
    }

    String required(Column column) {
      String value = row.get(column.key());
      if (value.isEmpty()) {
        error(column, "Thiếu giá trị bắt buộc");
      }
      return value;
    }

    boolean yesNo(Column column) {
      String value = VietnameseText.fold(row.get(column.key()));
      if (value.isEmpty() || value.equals("co") || value.equals("x") || value.equals("1")) {
        return true;
      }
      if (value.equals("khong") || value.equals("0")) {
        return false;
      }
      error(column, "Giá trị \"" + row.get(column.key()) + "\" không hợp lệ: ghi \"" + OrganizationColumns.YES
          + "\" hoặc \"" + OrganizationColumns.NO + "\"");
      return true;
    }

    Person person(Column userColumn, Column nameColumn, Column emailColumn) {
      String userId = row.get(userColumn.key());
      String name = row.get(nameColumn.key());
      String email = row.get(emailColumn.key());
      if (userId.isEmpty()) {
        if (!name.isEmpty() || !email.isEmpty()) {
          error(userColumn, "Có họ tên hoặc email nhưng thiếu tài khoản");
        }
        return null;
      }
      if (!USER_ID.matcher(userId).matches()) {
        error(userColumn, "Tài khoản \"" + userId + "\" không hợp lệ: chỉ gồm chữ không dấu, số, dấu chấm, gạch ngang, gạch dưới");
      }
      if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
        error(emailColumn, "Email \"" + email + "\" không hợp lệ");
      }
      return new Person(userId, name.isEmpty() ? null : name, email.isEmpty() ? null : email);
    }

    void error(Column column, String message) {
      valid = false;
      errors.add(new ImportError(row.number(), OrganizationColumns.header(column), message));
    }
  }
}
