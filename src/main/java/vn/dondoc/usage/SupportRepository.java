package vn.dondoc.usage;

import static vn.dondoc.usage.UsageRepository.ACCESSED;
import static vn.dondoc.usage.UsageRepository.WITHIN;
import static vn.dondoc.usage.UsageRepository.like;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.dondoc.usage.SupportRules.Member;
import vn.dondoc.usage.SupportRules.Proposal;

/**
 * {@code dd_usage_support_pair}, and the members of a member database snapshot reconciled with an
 * app snapshot as the proposal rules read them. Times are Vietnam's wall-clock time, like the
 * snapshots' as-of times they are compared with.
 */
@Repository
class SupportRepository {

  /**
   * The member has no account on the app: neither the app's statistics the pair came from nor any
   * as of later have him. Each snapshot is looked up by its primary key (snapshot, member).
   */
  private static final String MISSING_FROM_APP = "CASE WHEN EXISTS (SELECT 1 FROM dd_usage_snapshot s"
      + " JOIN dd_usage_app_member a ON a.snapshot_id = s.id AND a.member_key = p.member_key"
      + " WHERE s.kind = 'APP_MEMBERS' AND s.as_of >= (SELECT f.as_of FROM dd_usage_snapshot f WHERE f.id = p.app_snapshot_id))"
      + " THEN FALSE ELSE TRUE END";
  private static final String PAIR_COLUMNS = "p.id, p.member_key, p.member_name, p.organization_code, o.name,"
      + " p.birth_year, p.elderly, p.no_smartphone, p.helper_kind, p.helper_member_key, p.helper_name,"
      + " p.database_snapshot_id, p.app_snapshot_id, p.assigned_by, p.assigned_at, p.outcome, p.outcome_reason,"
      + " p.outcome_by, p.outcome_at, p.confirmed_by_snapshot_id, " + MISSING_FROM_APP;
  private static final String PAIRS = "SELECT " + PAIR_COLUMNS
      + " FROM dd_usage_support_pair p JOIN dd_organization o ON o.code = p.organization_code";
  /** By branch, the oldest first; the id keeps pages apart. */
  private static final String ORDER = " ORDER BY p.organization_code, p.birth_year NULLS LAST, p.member_key, p.id";
  private static final String MEMBERS = "SELECT d.member_key, COALESCE(d.full_name, a.full_name), d.organization_code,"
      + " d.birth_year, d.has_smartphone, CASE WHEN " + ACCESSED + " THEN TRUE ELSE FALSE END"
      + " FROM dd_usage_database_member d"
      + " LEFT JOIN dd_usage_app_member a ON a.snapshot_id = ? AND a.member_key = d.member_key"
      + " WHERE d.snapshot_id = ? AND NOT d.exempt AND ";

  private final JdbcTemplate jdbc;

  SupportRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Locks the organisations of the subtree, in code order, until the transaction ends: two
   * proposals over overlapping subtrees then run one after the other and never pair a member twice.
   */
  void lockSubtree(String path) {
    jdbc.queryForList("SELECT code FROM dd_organization WHERE path LIKE ? ORDER BY code FOR UPDATE", String.class, like(path));
  }

  /** The members in activity of the subtree in the member database snapshot, with what the app snapshot says of them. */
  List<Member> members(long appId, long databaseId, String path) {
    return jdbc.query(MEMBERS + "d.organization_code IN " + WITHIN, SupportRepository::member, appId, databaseId, like(path));
  }

  Optional<Member> member(long appId, long databaseId, String key) {
    return jdbc.query(MEMBERS + "d.member_key = ?", SupportRepository::member, appId, databaseId, key).stream().findFirst();
  }

  /**
   * Members of the subtree in the member database snapshot not to pair again: those with an open
   * pair, and those whose pair got its outcome after the app snapshot's as-of time (that snapshot
   * cannot yet show whether the help worked).
   */
  Set<String> notToPair(long databaseId, String path, LocalDateTime appAsOf) {
    return new HashSet<>(jdbc.queryForList("SELECT p.member_key FROM dd_usage_support_pair p"
            + " WHERE (p.outcome = 'PENDING' OR p.outcome_at > ?) AND p.member_key IN (SELECT d.member_key"
            + " FROM dd_usage_database_member d WHERE d.snapshot_id = ? AND d.organization_code IN " + WITHIN + ")",
        String.class, Timestamp.valueOf(appAsOf), databaseId, like(path)));
  }

  /** How many of these members (each once) the app snapshot does not have: they have no account yet. */
  int missingFromApp(long appId, List<String> keys) {
    Integer present = jdbc.queryForObject("SELECT COUNT(*) FROM dd_usage_app_member WHERE snapshot_id = ? AND member_key IN ("
        + String.join(", ", keys.stream().map(k -> "?").toList()) + ")", Integer.class,
        Stream.concat(Stream.of(appId), keys.stream()).toArray());
    return keys.size() - present;
  }

  /** Open pairs per helping member of the subtree. */
  Map<String, Integer> helperLoad(String path) {
    Map<String, Integer> load = new HashMap<>();
    jdbc.query("SELECT helper_member_key, COUNT(*) FROM dd_usage_support_pair WHERE outcome = 'PENDING'"
            + " AND helper_member_key IS NOT NULL AND organization_code IN " + WITHIN + " GROUP BY helper_member_key",
        rs -> {
          load.put(rs.getString(1), rs.getInt(2));
        }, like(path));
    return load;
  }

  /** Open pairs of one helping member, but the given pair. */
  int helperLoad(String helperKey, long exceptPairId) {
    return jdbc.queryForObject("SELECT COUNT(*) FROM dd_usage_support_pair WHERE outcome = 'PENDING'"
        + " AND helper_member_key = ? AND id <> ?", Integer.class, helperKey, exceptPairId);
  }

  void insert(List<Proposal> proposals, long appId, long databaseId, String youthUnion, String by, LocalDateTime at) {
    List<Object[]> rows = new ArrayList<>();
    for (Proposal p : proposals) {
      Member m = p.member();
      rows.add(new Object[] {m.key(), m.name(), m.organizationCode(), m.birthYear(), p.elderly(), p.noSmartphone(),
          databaseId, appId, p.helperKind().name(), p.helper() == null ? null : p.helper().key(),
          p.helper() == null ? youthUnion : helperName(p.helper()), by, Timestamp.valueOf(at), m.key()});
    }
    jdbc.batchUpdate("INSERT INTO dd_usage_support_pair (member_key, member_name, organization_code, birth_year, elderly,"
        + " no_smartphone, database_snapshot_id, app_snapshot_id, helper_kind, helper_member_key, helper_name,"
        + " assigned_by, assigned_at, outcome, open_member_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?)",
        rows);
  }

  /** A member helper is named by his name, or by his key when the member database has no name. */
  static String helperName(Member helper) {
    return helper.name() == null || helper.name().isBlank() ? helper.key() : helper.name();
  }

  /** The pairs of the subtree, in the list's order. */
  List<SupportPair> pairs(String path) {
    return jdbc.query(PAIRS + " WHERE p.organization_code IN " + WITHIN + ORDER, SupportRepository::pair, like(path));
  }

  /** A page of the pairs of the subtree, those with the outcome only when one is given, in the list's order. */
  List<SupportPair> pairs(String path, SupportOutcome outcome, long offset, int limit) {
    return outcome == null
        ? jdbc.query(PAIRS + " WHERE p.organization_code IN " + WITHIN + ORDER + " LIMIT ? OFFSET ?",
            SupportRepository::pair, like(path), limit, offset)
        : jdbc.query(PAIRS + " WHERE p.organization_code IN " + WITHIN + " AND p.outcome = ?" + ORDER + " LIMIT ? OFFSET ?",
            SupportRepository::pair, like(path), outcome.name(), limit, offset);
  }

  /** How many pairs of the subtree have each outcome; outcomes without pairs are absent. */
  Map<SupportOutcome, Integer> counts(String path) {
    Map<SupportOutcome, Integer> counts = new EnumMap<>(SupportOutcome.class);
    jdbc.query("SELECT outcome, COUNT(*) FROM dd_usage_support_pair WHERE organization_code IN " + WITHIN
        + " GROUP BY outcome", rs -> {
          counts.put(SupportOutcome.valueOf(rs.getString(1)), rs.getInt(2));
        }, like(path));
    return counts;
  }

  Optional<SupportPair> pair(long id) {
    return jdbc.query(PAIRS + " WHERE p.id = ?", SupportRepository::pair, id).stream().findFirst();
  }

  void reassign(long id, HelperKind kind, String helperKey, String helperName, String by, LocalDateTime at) {
    jdbc.update("UPDATE dd_usage_support_pair SET helper_kind = ?, helper_member_key = ?, helper_name = ?,"
        + " assigned_by = ?, assigned_at = ? WHERE id = ?", kind.name(), helperKey, helperName, by, Timestamp.valueOf(at), id);
  }

  void recordOutcome(long id, SupportOutcome outcome, String reason, String by, LocalDateTime at) {
    jdbc.update("UPDATE dd_usage_support_pair SET outcome = ?, outcome_reason = ?, outcome_by = ?, outcome_at = ?,"
        + " confirmed_by_snapshot_id = NULL, open_member_key = NULL WHERE id = ?", outcome.name(), reason, by,
        Timestamp.valueOf(at), id);
  }

  /**
   * Open pairs under the path whose member accessed the app in the newer snapshot: logged in.
   * "Newer" is after the as-of time of the snapshot the pair was proposed from, and a last access,
   * when the app gives one, must be after it too.
   *
   * @return how many pairs this closed
   */
  int confirmFrom(Snapshot app, String path, String by, LocalDateTime at) {
    return jdbc.update("UPDATE dd_usage_support_pair p SET outcome = 'LOGGED_IN', outcome_reason = NULL,"
            + " outcome_by = ?, outcome_at = ?, confirmed_by_snapshot_id = ?, open_member_key = NULL"
            + " WHERE p.outcome = 'PENDING' AND p.organization_code IN " + WITHIN
            + " AND EXISTS (SELECT 1 FROM dd_usage_app_member a JOIN dd_usage_snapshot s ON s.id = p.app_snapshot_id"
            + " WHERE a.snapshot_id = ? AND a.member_key = p.member_key AND " + ACCESSED + " AND s.as_of < ?"
            + " AND (a.last_access IS NULL OR a.last_access > s.as_of))",
        by, Timestamp.valueOf(at), app.id(), like(path), app.id(), Timestamp.valueOf(app.asOf()));
  }

  private static Member member(ResultSet rs, int row) throws SQLException {
    return new Member(rs.getString(1), rs.getString(2), rs.getString(3), (Integer) rs.getObject(4),
        (Boolean) rs.getObject(5), rs.getBoolean(6));
  }

  private static SupportPair pair(ResultSet rs, int row) throws SQLException {
    boolean elderly = rs.getBoolean(7);
    boolean noSmartphone = rs.getBoolean(8);
    HelperKind kind = HelperKind.valueOf(rs.getString(9));
    SupportOutcome outcome = SupportOutcome.valueOf(rs.getString(16));
    Timestamp outcomeAt = rs.getTimestamp(19);
    return new SupportPair(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
        (Integer) rs.getObject(6), elderly, noSmartphone, SupportPair.needs(elderly, noSmartphone), rs.getBoolean(21),
        kind, kind.label(),
        rs.getString(10), rs.getString(11), rs.getLong(12), rs.getLong(13), rs.getString(14),
        rs.getTimestamp(15).toLocalDateTime(), outcome, outcome.label(), rs.getString(17), rs.getString(18),
        outcomeAt == null ? null : outcomeAt.toLocalDateTime(), (Long) rs.getObject(20));
  }
}
