package vn.dondoc.organization;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.dondoc.platform.tabular.Column;
import vn.dondoc.platform.tabular.RowCells;
import vn.dondoc.platform.tabular.TabularFormat;

/**
 * The organisation file as people exchange it: the export has exactly the import's columns, so an
 * exported file can be edited and imported back; the template is the same with one example row.
 */
public final class OrganizationFile {

  private static final String SHEET = "To chuc";
  public static final String SAMPLE = "/organization/xa-si-lo-lau.csv";

  private OrganizationFile() {
  }

  static byte[] export(List<Organization> organizations, Map<String, Person> people, TabularFormat format) {
    List<List<String>> rows = new ArrayList<>();
    for (Organization o : organizations) {
      Person secretary = o.secretaryUserId() == null ? null : people.get(o.secretaryUserId());
      Person deputy = o.deputyUserId() == null ? null : people.get(o.deputyUserId());
      rows.add(List.of(o.code(), o.name(), o.type().label(), nullToEmpty(o.parentCode()), nullToEmpty(o.address()),
          o.active() ? RowCells.YES : RowCells.NO,
          nullToEmpty(o.secretaryUserId()), secretary == null ? "" : nullToEmpty(secretary.fullName()),
          secretary == null ? "" : nullToEmpty(secretary.email()),
          nullToEmpty(o.deputyUserId()), deputy == null ? "" : nullToEmpty(deputy.fullName()),
          deputy == null ? "" : nullToEmpty(deputy.email())));
    }
    return write(rows, format);
  }

  static byte[] template(TabularFormat format) {
    List<List<String>> example = List.of(
        List.of("DU-SLL", "Đảng ủy xã Sì Lở Lầu", OrganizationType.COMMUNE_COMMITTEE.label(), "", "Xã Sì Lở Lầu, tỉnh Lai Châu",
            RowCells.YES, "", "", "", "", "", ""),
        List.of("CB-BANMOI", "Chi bộ bản Bản Mới", OrganizationType.GRASSROOTS_BRANCH.label(), "DU-SLL", "Bản Bản Mới",
            RowCells.YES, "bithu.banmoi", "Lý A Páo", "", "", "", ""));
    return write(example, format);
  }

  /** The sample commune, also what the demo profile imports. */
  public static byte[] sample() throws IOException {
    try (InputStream in = OrganizationFile.class.getResourceAsStream(SAMPLE)) {
      return in.readAllBytes();
    }
  }

  private static byte[] write(List<List<String>> rows, TabularFormat format) {
    List<String> headers = OrganizationColumns.ALL.stream().map(Column::displayName).toList();
    return format.write(SHEET, headers, rows);
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
