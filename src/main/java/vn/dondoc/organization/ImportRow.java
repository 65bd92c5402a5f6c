package vn.dondoc.organization;

import java.util.Set;
import vn.dondoc.platform.tabular.Column;

/**
 * One organisation as a row of the import file says it should be.
 *
 * @param columns the keys of the optional columns the file has: a column the file lacks leaves an
 *     existing organisation's value as it is, while an empty cell clears it
 */
record ImportRow(int row, String code, String name, OrganizationType type, String parentCode, String address,
    boolean active, Person secretary, Person deputy, Set<String> columns) {

  boolean has(Column column) {
    return columns.contains(column.key());
  }

  String secretaryUserId() {
    return secretary == null ? null : secretary.userId();
  }

  String deputyUserId() {
    return deputy == null ? null : deputy.userId();
  }
}
