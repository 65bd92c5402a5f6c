package vn.dondoc.organization;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.dondoc.platform.tabular.ImportError;

/**
 * What an import would do to the tree: checked as a whole (parents, cycles, types, deactivation,
 * the importer's scope) before anything is written, then the created and changed organisations,
 * their recomputed paths and scopes, and the history of every changed field.
 */
final class ImportPlan {

  final List<Organization> created = new ArrayList<>();
  final List<OrganizationIdentity.Change> updated = new ArrayList<>();
  final List<OrganizationChange> history = new ArrayList<>();
  final Map<String, Person> people = new LinkedHashMap<>();
  final Map<String, Organization> result = new LinkedHashMap<>();
  int unchanged;

  private ImportPlan() {
  }

  static ImportPlan of(Map<String, Organization> existing, List<ImportRow> rows, Visibility importer,
      String importedBy, Instant now, List<ImportError> errors) {
    Map<String, ImportRow> incoming = new LinkedHashMap<>();
    for (ImportRow row : rows) {
      ImportRow first = incoming.putIfAbsent(row.code(), row);
      if (first != null) {
        errors.add(new ImportError(row.row(), "Mã", "Mã \"" + row.code() + "\" trùng với dòng " + first.row()));
      }
    }
    Map<String, Draft> tree = new LinkedHashMap<>();
    existing.values().forEach(o -> tree.put(o.code(), Draft.of(o)));
    incoming.values().forEach(row -> tree.put(row.code(), Draft.of(row, existing.get(row.code()))));

    for (ImportRow row : incoming.values()) {
      checkCycle(row, tree, errors);
      checkParent(row, tree, errors);
    }
    if (!errors.isEmpty()) {
      return null;
    }
    ImportPlan plan = new ImportPlan();
    Map<String, String> paths = new HashMap<>();
    Map<String, String> scopes = new HashMap<>();
    tree.values().forEach(draft -> plan.result.put(draft.code, draft.toOrganization(
        pathOf(draft.code, tree, paths), scopeOf(draft.code, tree, scopes))));
    checkDeactivation(incoming, plan.result, errors);
    checkScope(incoming, existing, plan.result, importer, errors);
    if (!errors.isEmpty()) {
      return null;
    }
    plan.diff(existing, incoming, importedBy, now);
    return plan;
  }

  private void diff(Map<String, Organization> existing, Map<String, ImportRow> incoming, String importedBy, Instant now) {
    for (Organization after : result.values()) {
      Organization before = existing.get(after.code());
      if (before == null) {
        created.add(after);
        history.add(new OrganizationChange(after.code(), OrganizationChange.Field.CREATED, null, after.name(), importedBy, now));
      } else if (!before.equals(after)) {
        updated.add(new OrganizationIdentity.Change(before, after));
        record(before, after, importedBy, now);
      } else if (incoming.containsKey(after.code())) {
        unchanged++;
      }
    }
    // Parents first, so that every foreign key finds its parent already written.
    created.sort(Comparator.comparingInt(o -> o.path().length()));
    for (ImportRow row : incoming.values()) {
      for (Person person : new Person[] {row.secretary(), row.deputy()}) {
        if (person != null) {
          people.merge(person.userId(), person, (a, b) -> a.fullName() != null ? a : b);
        }
      }
    }
  }

  private void record(Organization before, Organization after, String by, Instant at) {
    field(before, after, OrganizationChange.Field.NAME, before.name(), after.name(), by, at);
    field(before, after, OrganizationChange.Field.TYPE, before.type().name(), after.type().name(), by, at);
    field(before, after, OrganizationChange.Field.PARENT, before.parentCode(), after.parentCode(), by, at);
    field(before, after, OrganizationChange.Field.ADDRESS, before.address(), after.address(), by, at);
    field(before, after, OrganizationChange.Field.ACTIVE, String.valueOf(before.active()), String.valueOf(after.active()), by, at);
    field(before, after, OrganizationChange.Field.SECRETARY, before.secretaryUserId(), after.secretaryUserId(), by, at);
    field(before, after, OrganizationChange.Field.DEPUTY, before.deputyUserId(), after.deputyUserId(), by, at);
  }

  private void field(Organization before, Organization after, OrganizationChange.Field field, String old, String now,
      String by, Instant at) {
    if (!Objects.equals(old, now)) {
      history.add(new OrganizationChange(after.code(), field, old, now, by, at));
    }
  }

  private static void checkParent(ImportRow row, Map<String, Draft> tree, List<ImportError> errors) {
    String parentCode = tree.get(row.code()).parentCode;
    if (parentCode == null) {
      if (!row.type().mayBeRoot()) {
        errors.add(new ImportError(row.row(), "Mã cấp trên", "\"" + row.type().label() + "\" phải có mã cấp trên"));
      }
      return;
    }
    Draft parent = tree.get(parentCode);
    if (parent == null) {
      errors.add(new ImportError(row.row(), "Mã cấp trên",
          "Mã cấp trên \"" + parentCode + "\" không có trong tệp và chưa có trong hệ thống"));
    } else if (!row.type().allowedParents().contains(parent.type)) {
      errors.add(new ImportError(row.row(), "Mã cấp trên", "\"" + row.type().label() + "\" không thể trực thuộc \""
          + parent.type.label() + "\" (" + parent.code + ")"));
    }
  }

  private static void checkCycle(ImportRow row, Map<String, Draft> tree, List<ImportError> errors) {
    Set<String> seen = new LinkedHashSet<>();
    String code = row.code();
    while (code != null && seen.add(code)) {
      Draft draft = tree.get(code);
      code = draft == null ? null : draft.parentCode;
    }
    if (code != null && code.equals(row.code())) {
      errors.add(new ImportError(row.row(), "Mã cấp trên", "Vòng lặp cấp trên: " + String.join(" → ", seen) + " → " + code));
    }
  }

  private static void checkDeactivation(Map<String, ImportRow> incoming, Map<String, Organization> result,
      List<ImportError> errors) {
    for (Organization child : result.values()) {
      Organization parent = child.parentCode() == null ? null : result.get(child.parentCode());
      ImportRow row = parent == null ? null : incoming.get(parent.code());
      if (row != null && !parent.active() && child.active()) {
        errors.add(new ImportError(row.row(), "Hoạt động", "Không thể ngừng hoạt động \"" + parent.code()
            + "\" khi tổ chức cấp dưới \"" + child.code() + "\" còn hoạt động"));
      }
    }
  }

  private static void checkScope(Map<String, ImportRow> incoming, Map<String, Organization> existing,
      Map<String, Organization> result, Visibility importer, List<ImportError> errors) {
    for (ImportRow row : incoming.values()) {
      Organization before = existing.get(row.code());
      if (!importer.sees(result.get(row.code())) || (before != null && !importer.sees(before))) {
        errors.add(new ImportError(row.row(), "Mã", "Tổ chức \"" + row.code() + "\" nằm ngoài phạm vi bạn quản lý"));
      }
    }
  }

  private static String pathOf(String code, Map<String, Draft> tree, Map<String, String> memo) {
    String known = memo.get(code);
    if (known != null) {
      return known;
    }
    Draft draft = tree.get(code);
    String path = (draft.parentCode == null ? "/" : pathOf(draft.parentCode, tree, memo)) + code + "/";
    memo.put(code, path);
    return path;
  }

  private static String scopeOf(String code, Map<String, Draft> tree, Map<String, String> memo) {
    String known = memo.get(code);
    if (known != null) {
      return known;
    }
    Draft draft = tree.get(code);
    String scope = draft.type.isScope() || draft.parentCode == null ? code : scopeOf(draft.parentCode, tree, memo);
    memo.put(code, scope);
    return scope;
  }

  /** An organisation whose place in the tree is not yet computed. */
  private record Draft(String code, String name, OrganizationType type, String parentCode, String address, boolean active,
      String secretaryUserId, String deputyUserId) {

    static Draft of(Organization o) {
      return new Draft(o.code(), o.name(), o.type(), o.parentCode(), o.address(), o.active(), o.secretaryUserId(), o.deputyUserId());
    }

    /** The row over what exists: a column the file lacks keeps the existing value. */
    static Draft of(ImportRow row, Organization before) {
      boolean keep = before != null;
      return new Draft(row.code(), row.name(), row.type(),
          keep && !row.has(OrganizationColumns.PARENT) ? before.parentCode() : row.parentCode(),
          keep && !row.has(OrganizationColumns.ADDRESS) ? before.address() : row.address(),
          keep && !row.has(OrganizationColumns.ACTIVE) ? before.active() : row.active(),
          keep && !row.has(OrganizationColumns.SECRETARY) ? before.secretaryUserId() : row.secretaryUserId(),
          keep && !row.has(OrganizationColumns.DEPUTY) ? before.deputyUserId() : row.deputyUserId());
    }

    Organization toOrganization(String path, String scopeCode) {
      return new Organization(code, name, type, parentCode, path, scopeCode, address, active, secretaryUserId, deputyUserId);
    }
  }
}
