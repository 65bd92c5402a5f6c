package vn.dondoc.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.dondoc.platform.tabular.VietnameseText;

/** The organisation tables, in plain SQL that PostgreSQL and H2's PostgreSQL mode both run. */
@Repository
public class OrganizationRepository {

  private static final String COLUMNS =
      "code, name, type, parent_code, path, scope_code, address, active, secretary_user_id, deputy_user_id";
  private static final RowMapper<Organization> ROW = OrganizationRepository::map;

  private final JdbcTemplate jdbc;

  OrganizationRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Every organisation by code, in tree order. */
  public Map<String, Organization> findAll() {
    Map<String, Organization> all = new LinkedHashMap<>();
    jdbc.query("SELECT " + COLUMNS + " FROM dd_organization ORDER BY path", ROW)
        .forEach(organization -> all.put(organization.code(), organization));
    return all;
  }

  public Optional<Organization> find(String code) {
    return jdbc.query("SELECT " + COLUMNS + " FROM dd_organization WHERE code = ?", ROW, code).stream().findFirst();
  }

  /** The paths of the given organisations. */
  public List<String> pathsOf(Collection<String> codes) {
    if (codes.isEmpty()) {
      return List.of();
    }
    return jdbc.queryForList("SELECT path FROM dd_organization WHERE code IN ("
        + String.join(", ", Collections.nCopies(codes.size(), "?")) + ")", String.class, codes.toArray());
  }

  /** The organisations under any of the given paths (themselves included), in tree order. */
  public List<Organization> within(Collection<String> paths) {
    if (paths.isEmpty()) {
      return List.of();
    }
    return jdbc.query("SELECT " + COLUMNS + " FROM dd_organization WHERE " + pathFilter(paths.size()) + " ORDER BY path",
        ROW, likePrefixes(paths).toArray());
  }

  /** Name or code containing the words, diacritics ignored, under the given paths. */
  public List<Organization> search(String text, Collection<String> paths, int limit) {
    if (paths.isEmpty()) {
      return List.of();
    }
    String folded = "%" + VietnameseText.fold(text) + "%";
    List<Object> arguments = new ArrayList<>(List.of(folded, folded));
    arguments.addAll(likePrefixes(paths));
    arguments.add(limit);
    return jdbc.query("SELECT " + COLUMNS + " FROM dd_organization WHERE (name_folded LIKE ? OR LOWER(code) LIKE ?) AND ("
        + pathFilter(paths.size()) + ") ORDER BY active DESC, path LIMIT ?", ROW, arguments.toArray());
  }

  public List<OrganizationChange> changes(String code) {
    return jdbc.query("SELECT organization_code, field, old_value, new_value, changed_by, changed_at FROM dd_organization_change"
            + " WHERE organization_code = ? ORDER BY id",
        (rs, i) -> new OrganizationChange(rs.getString(1), OrganizationChange.Field.valueOf(rs.getString(2)),
            rs.getString(3), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant()), code);
  }

  void insert(List<Organization> organizations, Instant now) {
    jdbc.batchUpdate("INSERT INTO dd_organization (" + COLUMNS + ", name_folded, created_at, updated_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        organizations.stream().map(o -> values(o, Timestamp.from(now), Timestamp.from(now))).toList());
  }

  void update(List<Organization> organizations, Instant now) {
    jdbc.batchUpdate("UPDATE dd_organization SET name = ?, type = ?, parent_code = ?, path = ?, scope_code = ?, address = ?,"
            + " active = ?, secretary_user_id = ?, deputy_user_id = ?, name_folded = ?, updated_at = ? WHERE code = ?",
        organizations.stream().map(o -> new Object[] {o.name(), o.type().name(), o.parentCode(), o.path(), o.scopeCode(),
            o.address(), o.active(), o.secretaryUserId(), o.deputyUserId(), VietnameseText.fold(o.name()),
            Timestamp.from(now), o.code()}).toList());
  }

  long insertImport(String fileName, String importedBy, Instant at, int rows, int created, int updated, int unchanged) {
    GeneratedKeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("INSERT INTO dd_organization_import"
          + " (file_name, imported_by, imported_at, row_count, created, updated, unchanged) VALUES (?, ?, ?, ?, ?, ?, ?)",
          new String[] {"id"});
      statement.setString(1, fileName);
      statement.setString(2, importedBy);
      statement.setTimestamp(3, Timestamp.from(at));
      statement.setInt(4, rows);
      statement.setInt(5, created);
      statement.setInt(6, updated);
      statement.setInt(7, unchanged);
      return statement;
    }, key);
    return key.getKey().longValue();
  }

  void insertChanges(long importId, List<OrganizationChange> changes) {
    jdbc.batchUpdate("INSERT INTO dd_organization_change"
            + " (organization_code, import_id, field, old_value, new_value, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
        changes.stream().map(c -> new Object[] {c.organizationCode(), importId, c.field().name(), c.oldValue(), c.newValue(),
            c.changedBy(), Timestamp.from(c.changedAt())}).toList());
  }

  private static Object[] values(Organization o, Timestamp created, Timestamp updated) {
    return new Object[] {o.code(), o.name(), o.type().name(), o.parentCode(), o.path(), o.scopeCode(), o.address(),
        o.active(), o.secretaryUserId(), o.deputyUserId(), VietnameseText.fold(o.name()), created, updated};
  }

  private static String pathFilter(int count) {
    return String.join(" OR ", Collections.nCopies(count, "path LIKE ?"));
  }

  private static List<Object> likePrefixes(Collection<String> paths) {
    return paths.stream().map(path -> (Object) (path.replace("%", "\\%").replace("_", "\\_") + "%")).toList();
  }

  private static Organization map(ResultSet rs, int row) throws SQLException {
    return new Organization(rs.getString("code"), rs.getString("name"), OrganizationType.valueOf(rs.getString("type")),
        rs.getString("parent_code"), rs.getString("path"), rs.getString("scope_code"), rs.getString("address"),
        rs.getBoolean("active"), rs.getString("secretary_user_id"), rs.getString("deputy_user_id"));
  }
}
