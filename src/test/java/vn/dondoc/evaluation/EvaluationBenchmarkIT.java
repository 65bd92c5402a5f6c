package vn.dondoc.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dondoc.organization.ScopeRole;
import vn.dondoc.testsupport.PostgresApplicationTest;
import vn.dondoc.testsupport.RestTasks;

/**
 * Benchmark (not part of {@code ./mvnw verify}): the year-end rating of a province's 5.000
 * organisations (50 communes of 99 branches) on PostgreSQL, with the real job executor and
 * authorizations on. Before the clock starts: the tree and two app snapshots (4 members per branch)
 * imported over the API, a directive's 4.950 follow-ups (every other one done on time) and 250
 * inspection conclusions written to the tables, every act_* and dd_* table vacuumed and analysed.
 * Timed from {@code POST /api/evaluations} until every rating is scored and every organisation's
 * self-assessment task exists, polled every 200 ms with two COUNTs. Only correctness is asserted.
 * Command and figures: docs/benchmarks.md.
 */
@Tag("benchmark")
class EvaluationBenchmarkIT extends PostgresApplicationTest {

  static final String PROVINCE = "BE-T";
  static final int COMMUNES = 50;
  static final int BRANCHES_PER_COMMUNE = 99;
  static final int ORGANIZATIONS = COMMUNES * (1 + BRANCHES_PER_COMMUNE);
  static final int MEMBERS = 4;
  static final String STAFF = "be.xdd";

  @Autowired JdbcTemplate jdbc;

  @Test
  void yearEndRatingOfFiveThousandOrganisations() throws Exception {
    long importStart = System.nanoTime();
    HttpResponse<String> imported = importOrganizations("tinh.csv", province().getBytes(StandardCharsets.UTF_8));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    line("province import: %,d organisations below the province in %,d ms", ORGANIZATIONS, millis(importStart));
    user(STAFF, ScopeRole.PARTY_BUILDING.groupId(PROVINCE));
    importUsage("2025-12-20T17:00", 1);
    importUsage("2026-11-20T17:00", 0);
    followUpsAndInspections();
    vacuumAnalyze();

    long start = System.nanoTime();
    HttpResponse<String> started = as(STAFF).postJson("/api/evaluations", "{\"parent\":\"" + PROVINCE
        + "\",\"kind\":\"YEAR\",\"year\":2026}");
    long startMillis = millis(start);
    assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
    long id = Long.parseLong(RestTasks.field(started.body(), "\"id\":(\\d+)"));
    long prepared = -1;
    long scoredAt = -1;
    List<String> progress = new ArrayList<>();
    long nextProgress = 10_000;
    long deadline = System.nanoTime() + 30L * 60 * 1_000_000_000;
    while (true) {
      long rows = count("SELECT COUNT(*) FROM dd_evaluation_rating WHERE evaluation_id = ?", id);
      long scored = count("SELECT COUNT(*) FROM dd_evaluation_rating WHERE evaluation_id = ? AND scored_at IS NOT NULL", id);
      long tasks = count("SELECT COUNT(*) FROM act_ru_task t JOIN act_ru_execution e ON e.id_ = t.proc_inst_id_"
          + " WHERE t.task_def_key_ = 'Task_SelfAssess' AND e.business_key_ LIKE ?", "DG-" + id + "-%");
      long elapsed = millis(start);
      if (prepared < 0 && rows == ORGANIZATIONS) {
        prepared = elapsed;
      }
      if (scoredAt < 0 && scored == ORGANIZATIONS) {
        scoredAt = elapsed;
      }
      if (tasks == ORGANIZATIONS && scored == ORGANIZATIONS) {
        break;
      }
      if (elapsed >= nextProgress) {
        progress.add(String.format(Locale.ROOT, "%ds:%d/%d", elapsed / 1000, scored, tasks));
        nextProgress += 10_000;
      }
      assertThat(System.nanoTime()).as("5.000 ratings within 30 minutes (%d scored, %d tasks)", scored, tasks)
          .isLessThan(deadline);
      Thread.sleep(200);
    }
    long done = millis(start);
    line("start request answered in %,d ms", startMillis);
    line("%,d unscored ratings with usage rates written after %,d ms", ORGANIZATIONS, prepared);
    line("every rating scored after %,d ms", scoredAt);
    line("every score computed and every self-assessment task created after %,d ms (%.0f organisations/s)", done,
        ORGANIZATIONS * 1000.0 / done);
    line("progress (elapsed:scored/tasks): %s", String.join(" ", progress));
    String view = as(STAFF).get("/api/evaluations/" + id).body();
    assertThat(view).contains("\"organizations\":" + ORGANIZATIONS, "\"scored\":" + ORGANIZATIONS);
    assertThat(count("SELECT COUNT(*) FROM dd_evaluation_criterion c JOIN dd_evaluation_rating r ON r.id = c.rating_id"
        + " WHERE r.evaluation_id = ?", id)).isEqualTo(ORGANIZATIONS * (long) Criterion.values().length);
  }

  private static String province() {
    StringBuilder csv = new StringBuilder("Mã,Tên,Loại,Mã cấp trên\n");
    csv.append(PROVINCE).append(",Tỉnh ủy Đo tải xếp loại,Tỉnh ủy,\n");
    for (int x = 1; x <= COMMUNES; x++) {
      String commune = PROVINCE + "-X" + x;
      csv.append(commune).append(",Đảng ủy xã Số ").append(x).append(",Đảng ủy xã,").append(PROVINCE).append('\n');
      for (int b = 1; b <= BRANCHES_PER_COMMUNE; b++) {
        csv.append(commune).append("-B").append(b).append(",Chi bộ bản ").append(b).append(" xã ").append(x)
            .append(",Chi bộ cơ sở,").append(commune).append('\n');
      }
    }
    return csv.toString();
  }

  /** {@value #MEMBERS} members per branch, branch b with (b mod 5) accessed, {@code fewer} fewer before. */
  private void importUsage(String asOf, int fewer) {
    StringBuilder csv = new StringBuilder("Mã đảng viên,Mã tổ chức,Đã kích hoạt,Truy cập lần cuối,Số lần truy cập,Miễn sinh hoạt\n");
    for (int x = 1; x <= COMMUNES; x++) {
      for (int b = 1; b <= BRANCHES_PER_COMMUNE; b++) {
        String branch = PROVINCE + "-X" + x + "-B" + b;
        int accessed = Math.max(0, b % 5 - fewer);
        for (int m = 0; m < MEMBERS; m++) {
          csv.append(branch).append("-DV").append(m).append(',').append(branch).append(",Có,")
              .append(m < accessed ? "19/11/2025 08:00," + (m + 2) : ",0").append(",Không\n");
        }
      }
    }
    long start = System.nanoTime();
    HttpResponse<String> imported = asAdmin().postFile("/api/usage/app-members/import?organization=" + PROVINCE
        + "&asOf=" + asOf, "so-tay.csv", csv.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    line("app snapshot as of %s: %,d members in %,d ms", asOf, COMMUNES * BRANCHES_PER_COMMUNE * MEMBERS, millis(start));
  }

  /** A province directive due on 15/6/2026 to every branch, every other one done on time; 250 conclusions. */
  private void followUpsAndInspections() {
    Timestamp now = Timestamp.from(Instant.now());
    long directive = jdbc.queryForObject("INSERT INTO dd_directive (issuer_code, issuing_body, subject, complete_by,"
        + " reminder_days, overdue_reminder_cap, status, created_by, created_at, updated_at) VALUES (?, 'Ban Thường vụ',"
        + " 'V/v đo tải', ?, '3,1', 3, 'CLOSED', 'bench', ?, ?) RETURNING id", Long.class, PROVINCE,
        LocalDate.of(2026, 6, 15), now, now);
    List<Object[]> rows = new ArrayList<>();
    for (int x = 1; x <= COMMUNES; x++) {
      for (int b = 1; b <= BRANCHES_PER_COMMUNE; b++) {
        rows.add(new Object[] {directive, PROVINCE + "-X" + x + "-B" + b, PROVINCE + "-X" + x, LocalDate.of(2026, 6, 15),
            b % 2 == 0 ? Timestamp.valueOf("2026-06-10 10:00:00") : null});
      }
    }
    jdbc.batchUpdate("INSERT INTO dd_follow_up (directive_id, organization_code, scope_code, deadline, completed_at)"
        + " VALUES (?, ?, ?, ?, ?)", rows);
    for (int x = 1; x <= COMMUNES; x++) {
      for (int b = 1; b <= 5; b++) {
        jdbc.update("INSERT INTO dd_inspection_conclusion (organization_code, kind, outcome, concluded_on, reference)"
            + " VALUES (?, 'SUPERVISION', ?, ?, 'GS đo tải')", PROVINCE + "-X" + x + "-B" + b,
            b == 1 ? "VIOLATION" : "MEETS", LocalDate.of(2026, 5, 1));
      }
    }
  }

  private void vacuumAnalyze() {
    List<String> tables = jdbc.queryForList("SELECT relname FROM pg_stat_user_tables WHERE relname LIKE 'act\\_%'"
        + " OR relname LIKE 'dd\\_%'", String.class);
    tables.forEach(table -> jdbc.execute("VACUUM (ANALYZE) " + table));
  }

  private long count(String sql, Object... arguments) {
    return jdbc.queryForObject(sql, Long.class, arguments);
  }

  private static long millis(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static void line(String format, Object... arguments) {
    System.out.println("[evaluation benchmark] " + String.format(Locale.ROOT, format, arguments));
  }
}
