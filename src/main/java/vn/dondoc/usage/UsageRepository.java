package vn.dondoc.usage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.dondoc.usage.UsageRows.AppMember;
import vn.dondoc.usage.UsageRows.DatabaseMember;
import vn.dondoc.usage.UsageRows.OrganizationFigures;

/**
 * The usage tables, in plain SQL that PostgreSQL and H2's PostgreSQL mode both run. Rows go in
 * through {@link BulkInsert}. Figures and reconciliation are aggregated in the database per
 * organisation over the whole snapshot, and the caller keeps those of the subtree it asked for: a
 * province's snapshot is then one hash join (about 80 ms for 130.000 members on each side), where a
 * filter by path first made the planner loop organisation by organisation. Member lists are
 * filtered by path.
 */
@Repository
class UsageRepository {

  private static final BulkInsert APP_MEMBERS = new BulkInsert("dd_usage_app_member",
      new int[] {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.BOOLEAN, Types.TIMESTAMP,
          Types.INTEGER},
      "snapshot_id", "member_key", "organization_code", "full_name", "exempt", "activated", "last_access", "access_count");
  private static final BulkInsert DATABASE_MEMBERS = new BulkInsert("dd_usage_database_member",
      new int[] {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.BOOLEAN, Types.INTEGER,
          Types.BOOLEAN, Types.BOOLEAN},
      "snapshot_id", "member_key", "organization_code", "full_name", "exempt", "probationary", "birth_year",
      "ethnic_minority", "has_smartphone");
  private static final BulkInsert ORGANIZATION_FIGURES = new BulkInsert("dd_usage_organization_figures",
      new int[] {Types.BIGINT, Types.VARCHAR, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER, Types.INTEGER},
      "snapshot_id", "organization_code", "members", "exempt", "activated", "accessed", "regular_users");

  private static final String SNAPSHOT_COLUMNS =
      "id, kind, organization_code, as_of, source, file_name, imported_by, imported_at, row_count";
  private static final RowMapper<Snapshot> SNAPSHOT = UsageRepository::snapshot;
  /** The organisations under a path (itself included): {@code organization_code IN} this. */
  static final String WITHIN = "(SELECT code FROM dd_organization WHERE path LIKE ?)";
  /** The snapshot's organisation {@code o} is the given path's or one above it. */
  private static final String ABOVE = "LEFT(CAST(? AS VARCHAR(2000)), LENGTH(o.path)) = o.path";
  static final String ACCESSED = "(a.last_access IS NOT NULL OR a.access_count > 0)";

  private final JdbcTemplate jdbc;

  UsageRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  long insertSnapshot(SnapshotKind kind, String organizationCode, LocalDateTime asOf, String source, String fileName,
      String importedBy, Instant importedAt, int rows) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("INSERT INTO dd_usage_snapshot (kind, organization_code, as_of, source,"
          + " file_name, imported_by, imported_at, row_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
      statement.setString(1, kind.name());
      statement.setString(2, organizationCode);
      statement.setTimestamp(3, Timestamp.valueOf(asOf));
      statement.setString(4, source);
      statement.setString(5, fileName);
      statement.setString(6, importedBy);
      statement.setTimestamp(7, Timestamp.from(importedAt));
      statement.setInt(8, rows);
      return statement;
    }, key);
    return key.getKey().longValue();
  }

  void insertAppMembers(long snapshotId, List<AppMember> members) {
    APP_MEMBERS.write(jdbc, members, m -> new Object[] {snapshotId, m.key(), m.organizationCode(), m.name(), m.exempt(),
        m.activated(), m.lastAccess() == null ? null : Timestamp.valueOf(m.lastAccess()), m.accessCount()});
  }

  void insertDatabaseMembers(long snapshotId, List<DatabaseMember> members) {
    DATABASE_MEMBERS.write(jdbc, members, m -> new Object[] {snapshotId, m.key(), m.organizationCode(), m.name(),
        m.exempt(), m.probationary(), m.birthYear(), m.ethnicMinority(), m.smartphone()});
  }

  void insertOrganizationFigures(long snapshotId, List<OrganizationFigures> figures) {
    ORGANIZATION_FIGURES.write(jdbc, figures, f -> new Object[] {snapshotId, f.organizationCode(), f.members(), f.exempt(),
        f.activated(), f.accessed(), f.regular()});
  }

  Optional<Snapshot> snapshot(long id) {
    return jdbc.query("SELECT " + SNAPSHOT_COLUMNS + " FROM dd_usage_snapshot WHERE id = ?", SNAPSHOT, id).stream().findFirst();
  }

  /** Snapshots of the organisation, of those above it (they cover it) and of those below it, newest first. */
  List<Snapshot> snapshotsAround(String path) {
    return snapshots("o.path LIKE ? OR " + ABOVE, "s.as_of DESC, s.id DESC", like(path), path);
  }

  /**
   * Snapshots of the organisation or of one above it: those covering its whole subtree, oldest
   * first; at the same time a member database first, so it corrects the app's snapshot of that time.
   */
  List<Snapshot> snapshotsCovering(String path) {
    return snapshots(ABOVE, "s.as_of, CASE WHEN s.kind = 'MEMBER_DATABASE' THEN 0 ELSE 1 END, s.id", path);
  }

  private List<Snapshot> snapshots(String condition, String order, Object... arguments) {
    return jdbc.query("SELECT s." + SNAPSHOT_COLUMNS.replace(", ", ", s.") + " FROM dd_usage_snapshot s"
            + " JOIN dd_organization o ON o.code = s.organization_code WHERE " + condition + " ORDER BY " + order,
        SNAPSHOT, arguments);
  }

  /** Each organisation's own figures from the app's per-member statistics, exemptions as the app has them. */
  Map<String, Figures> appMemberFigures(long appId, int regularMinAccesses) {
    return figuresByOrganization("SELECT a.organization_code,"
            + " SUM(CASE WHEN a.exempt THEN 0 ELSE 1 END), SUM(CASE WHEN a.exempt THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN NOT a.exempt AND a.activated THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN NOT a.exempt AND " + ACCESSED + " THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN NOT a.exempt AND a.access_count >= ? THEN 1 ELSE 0 END)"
            + " FROM dd_usage_app_member a WHERE a.snapshot_id = ? GROUP BY a.organization_code",
        regularMinAccesses, appId);
  }

  /** Each organisation's own figures from the app's aggregates. */
  Map<String, Figures> organizationFigures(long appId) {
    return figuresByOrganization("SELECT organization_code, members - exempt, exempt, activated, accessed, regular_users"
            + " FROM dd_usage_organization_figures WHERE snapshot_id = ?", appId);
  }

  /**
   * The app's per-member statistics corrected by the member database, in one pass over the
   * database's members: who is in activity and where comes from the database, what each did from
   * the app; plus what the two disagree on, counted at the database's organisation.
   */
  Corrected corrected(long appId, long databaseId, int regularMinAccesses) {
    Map<String, Figures> figures = new HashMap<>();
    Map<String, Discrepancies> discrepancies = new HashMap<>();
    jdbc.query("SELECT d.organization_code,"
            + " SUM(CASE WHEN d.exempt THEN 0 ELSE 1 END), SUM(CASE WHEN d.exempt THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN NOT d.exempt AND a.activated THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN NOT d.exempt AND " + ACCESSED + " THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN NOT d.exempt AND a.access_count >= ? THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN a.member_key IS NULL THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN d.exempt AND NOT a.exempt THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN a.organization_code <> d.organization_code THEN 1 ELSE 0 END)"
            + " FROM dd_usage_database_member d"
            + " LEFT JOIN dd_usage_app_member a ON a.snapshot_id = ? AND a.member_key = d.member_key"
            + " WHERE d.snapshot_id = ? GROUP BY d.organization_code",
        rs -> {
          figures.put(rs.getString(1), figures(rs));
          discrepancies.put(rs.getString(1), new Discrepancies(rs.getLong(7), 0, rs.getLong(8), rs.getLong(9)));
        }, regularMinAccesses, appId, databaseId);
    jdbc.query("SELECT a.organization_code, COUNT(*) FROM dd_usage_app_member a WHERE a.snapshot_id = ?"
            + " AND NOT EXISTS (SELECT 1 FROM dd_usage_database_member d WHERE d.snapshot_id = ?"
            + " AND d.member_key = a.member_key) GROUP BY a.organization_code",
        rs -> {
          discrepancies.merge(rs.getString(1), new Discrepancies(0, rs.getLong(2), 0, 0), Discrepancies::plus);
        }, appId, databaseId);
    return new Corrected(figures, discrepancies);
  }

  record Corrected(Map<String, Figures> figures, Map<String, Discrepancies> discrepancies) {
  }

  /** The members of one kind of discrepancy under the path, by organisation and key. */
  List<ListedMember> discrepantMembers(Discrepancy kind, long appId, long databaseId, String path) {
    if (kind == Discrepancy.NOT_IN_DATABASE) {
      return jdbc.query("SELECT a.member_key, a.full_name, NULL, a.organization_code, NULL, a.exempt"
              + " FROM dd_usage_app_member a WHERE a.snapshot_id = ? AND a.organization_code IN " + WITHIN
              + " AND NOT EXISTS (SELECT 1 FROM dd_usage_database_member d WHERE d.snapshot_id = ?"
              + " AND d.member_key = a.member_key) ORDER BY a.organization_code, a.member_key",
          UsageRepository::listed, appId, like(path), databaseId);
    }
    String condition = switch (kind) {
      case MISSING_FROM_APP -> "a.member_key IS NULL";
      case EXEMPT_NOT_IN_APP -> "d.exempt AND NOT a.exempt";
      case ORGANIZATION_MISMATCH -> "a.organization_code <> d.organization_code";
      case NOT_IN_DATABASE -> throw new IllegalStateException("answered above");
    };
    return jdbc.query("SELECT d.member_key, COALESCE(d.full_name, a.full_name), d.organization_code, a.organization_code,"
            + " d.exempt, a.exempt FROM dd_usage_database_member d"
            + " LEFT JOIN dd_usage_app_member a ON a.snapshot_id = ? AND a.member_key = d.member_key"
            + " WHERE d.snapshot_id = ? AND d.organization_code IN " + WITHIN + " AND " + condition
            + " ORDER BY d.organization_code, d.member_key",
        UsageRepository::listed, appId, databaseId, like(path));
  }

  /**
   * One member in a discrepancy list; an organisation or status is {@code null} where that side
   * does not have the member.
   */
  record ListedMember(String key, String name, String databaseOrganization, String appOrganization,
      Boolean exemptInDatabase, Boolean exemptInApp) {
  }

  private Map<String, Figures> figuresByOrganization(String sql, Object... arguments) {
    Map<String, Figures> result = new HashMap<>();
    jdbc.query(sql, rs -> {
      result.put(rs.getString(1), figures(rs));
    }, arguments);
    return result;
  }

  /** The LIKE pattern of a path's subtree, its wildcards escaped. */
  static String like(String path) {
    return path.replace("%", "\\%").replace("_", "\\_") + "%";
  }

  private static Figures figures(ResultSet rs) throws SQLException {
    return new Figures(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6));
  }

  private static ListedMember listed(ResultSet rs, int row) throws SQLException {
    return new ListedMember(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
        (Boolean) rs.getObject(5), (Boolean) rs.getObject(6));
  }

  private static Snapshot snapshot(ResultSet rs, int row) throws SQLException {
    return new Snapshot(rs.getLong(1), SnapshotKind.valueOf(rs.getString(2)), rs.getString(3),
        rs.getTimestamp(4).toLocalDateTime(), rs.getString(5), rs.getString(6), rs.getString(7),
        rs.getTimestamp(8).toInstant(), rs.getInt(9));
  }
}
