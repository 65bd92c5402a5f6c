package vn.dondoc.usage;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** {@code dd_usage_band} and its history {@code dd_usage_band_change}; times are Vietnam's wall-clock time. */
@Repository
class BandRepository {

  /** One change of a committee's bands; {@code null} limits: none of its own (before), back to inheriting (after). */
  record Change(Bands before, Bands after, String changedBy, LocalDateTime changedAt) {
  }

  private final JdbcTemplate jdbc;

  BandRepository(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The committees among these codes that have bands of their own, with them. */
  Map<String, Bands> own(Collection<String> codes) {
    Map<String, Bands> own = new HashMap<>();
    if (codes.isEmpty()) {
      return own;
    }
    jdbc.query("SELECT committee_code, commended_from, low_up_to FROM dd_usage_band WHERE committee_code IN ("
            + String.join(", ", codes.stream().map(c -> "?").toList()) + ")",
        rs -> {
          own.put(rs.getString(1), new Bands(rs.getBigDecimal(2), rs.getBigDecimal(3)));
        }, codes.toArray());
    return own;
  }

  /** The committee's own bands, locked with its organisation until the transaction ends: changes run one after the other. */
  Optional<Bands> lock(String committeeCode) {
    jdbc.queryForList("SELECT code FROM dd_organization WHERE code = ? FOR UPDATE", String.class, committeeCode);
    return Optional.ofNullable(own(List.of(committeeCode)).get(committeeCode));
  }

  /** Sets ({@code after} given) or removes the committee's own bands, and records the change. */
  void change(String committeeCode, Bands before, Bands after, String by, LocalDateTime at) {
    jdbc.update("DELETE FROM dd_usage_band WHERE committee_code = ?", committeeCode);
    if (after != null) {
      jdbc.update("INSERT INTO dd_usage_band (committee_code, commended_from, low_up_to) VALUES (?, ?, ?)",
          committeeCode, after.commendedFrom(), after.lowUpTo());
    }
    jdbc.update("INSERT INTO dd_usage_band_change (committee_code, old_commended_from, old_low_up_to, new_commended_from,"
            + " new_low_up_to, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?)", committeeCode,
        before == null ? null : before.commendedFrom(), before == null ? null : before.lowUpTo(),
        after == null ? null : after.commendedFrom(), after == null ? null : after.lowUpTo(), by, Timestamp.valueOf(at));
  }

  /** The committee's changes, newest first. */
  List<Change> changes(String committeeCode) {
    return jdbc.query("SELECT old_commended_from, old_low_up_to, new_commended_from, new_low_up_to, changed_by, changed_at"
        + " FROM dd_usage_band_change WHERE committee_code = ? ORDER BY id DESC", BandRepository::change, committeeCode);
  }

  private static Change change(ResultSet rs, int row) throws SQLException {
    return new Change(bands(rs.getBigDecimal(1), rs.getBigDecimal(2)), bands(rs.getBigDecimal(3), rs.getBigDecimal(4)),
        rs.getString(5), rs.getTimestamp(6).toLocalDateTime());
  }

  private static Bands bands(BigDecimal commendedFrom, BigDecimal lowUpTo) {
    return commendedFrom == null ? null : new Bands(commendedFrom, lowUpTo);
  }
}
