package vn.dondoc.usage;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import vn.dondoc.platform.tabular.Column;

/** The three files a committee imports, each as a dated snapshot. */
enum SnapshotKind {
  /** The app's statistics per member (Sổ tay đảng viên điện tử). */
  APP_MEMBERS("app-members", "thong-ke-ung-dung-theo-dang-vien", "Sổ tay đảng viên điện tử", UsageColumns.APP_MEMBERS,
      UsageColumns.APP_MEMBERS_EXAMPLE),
  /** The app's statistics per organisation, when only aggregates exist. */
  APP_ORGANIZATIONS("app-organizations", "thong-ke-ung-dung-theo-to-chuc", "Sổ tay đảng viên điện tử",
      UsageColumns.APP_ORGANIZATIONS, UsageColumns.APP_ORGANIZATIONS_EXAMPLE),
  /** The member database export (CSDL đảng viên). */
  MEMBER_DATABASE("member-database", "csdl-dang-vien", "Cơ sở dữ liệu đảng viên", UsageColumns.MEMBER_DATABASE,
      UsageColumns.MEMBER_DATABASE_EXAMPLE);

  private final String path;
  private final String templateName;
  private final String defaultSource;
  private final List<Column> columns;
  private final List<List<String>> example;

  SnapshotKind(String path, String templateName, String defaultSource, List<Column> columns, List<List<String>> example) {
    this.path = path;
    this.templateName = templateName;
    this.defaultSource = defaultSource;
    this.columns = columns;
    this.example = example;
  }

  /** The kind's segment in {@code /api/usage/<path>/...}. */
  static Optional<SnapshotKind> ofPath(String path) {
    return Arrays.stream(values()).filter(kind -> kind.path.equals(path)).findFirst();
  }

  String templateName() {
    return templateName;
  }

  String defaultSource() {
    return defaultSource;
  }

  List<Column> columns() {
    return columns;
  }

  List<String> headers() {
    return columns.stream().map(Column::displayName).toList();
  }

  /** The template's example rows, one value per column. */
  List<List<String>> example() {
    return example;
  }

  boolean isApp() {
    return this != MEMBER_DATABASE;
  }
}
