package vn.dondoc.directive;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dondoc.testsupport.RestTasks.complete;
import static vn.dondoc.testsupport.RestTasks.field;

import io.micrometer.observation.ObservationRegistry;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.spring.components.jobexecutor.SpringJobExecutor;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.core.BaseConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import vn.dondoc.organization.ScopeRole;
import vn.dondoc.platform.time.TimeConfiguration;
import vn.dondoc.testsupport.Http;
import vn.dondoc.testsupport.PostgresApplicationTest;
import vn.dondoc.testsupport.Statements;

/**
 * Benchmark (not part of {@code ./mvnw verify}): one directive of a province to its 5,000 branches
 * on PostgreSQL, with authorizations on and the real job executor, against a bare one-user-task
 * process on the same engine and database as the reference.
 * <ol>
 *   <li>a province of 5,452 organisations (150 communes, 5,000 branches with secretaries) imported
 *       over the API;</li>
 *   <li>reference: 5,000 starts of a bare one-user-task process through RuntimeService on one
 *       thread, then 500 completions of its task through TaskService on one thread untimed (the
 *       JIT's warm-up) and 2,000 timed; then the same
 *       on Flowable 7.2 with its default settings, on its own database of the same server
 *       ({@link FlowableReference}), the yardstick for completions;</li>
 *   <li>the directive created over {@code /api/directives}, drafted and signed over
 *       {@code /engine-rest}; from the sign request until 5,000 Task_Acknowledge tasks exist (the job
 *       executor does the fan-out), polled with a COUNT every 200 ms;</li>
 *   <li>one secretary's task list over {@code /engine-rest} (Basic and a browser session) and over
 *       Tasklist's own {@code /camunda/api/engine} (session): 200 warm-up calls of every path first,
 *       then per path 200 more and 500 timed ones, each timed in the client and, through Spring's
 *       request observation, on the server ({@link ServerTimes}), with a breakdown (sign-in and HTTP
 *       alone, the engine query alone); the consolidation as the staff, 20 timed calls;</li>
 *   <li>Task_Acknowledge of 2,500 follow-ups completed through TaskService on one thread, the first
 *       500 untimed, then 2,000 timed (only the {@code complete} calls); then 1,000 more of each of
 *       the three completions (bare Camunda, bare Flowable, Task_Acknowledge) alternated in rounds of
 *       250, so that the machine's drift falls on all three alike;</li>
 *   <li>rows and bytes added per follow-up by table group (PostgreSQL {@code count(*)},
 *       {@code pg_total_relation_size}), tuples written per operation ({@code pg_stat_user_tables}),
 *       and SQL statements per operation from the engine's MyBatis and JdbcTemplate debug logging
 *       on a small untimed sample.</li>
 * </ol>
 * Between the phases, outside the timed sections, every act_* and dd_* table is vacuumed and analysed,
 * as autovacuum would do in production (the test server may run with it off). Only correctness is
 * asserted, never timing. Command and figures: docs/benchmarks.md.
 */
@Tag("benchmark")
class DirectiveBenchmarkIT extends PostgresApplicationTest {

  static final String PROVINCE = "BM-T";
  static final int COMMUNES = 150;
  /** 2 grassroots committees × 2 subordinate branches + 29 branches per commune, one more in the first 50. */
  static final int DIRECT_BRANCHES = 29;
  static final int BRANCHES = 5_000;
  static final int ORGANIZATIONS = 2 + COMMUNES + COMMUNES * 2 + BRANCHES;
  static final int BARE_STARTS = 5_000;
  static final int COMPLETIONS = 2_000;
  /** Completed untimed before the timed ones, on each engine and for the follow-ups: the JIT's warm-up. */
  static final int WARM_COMPLETIONS = 500;
  static final int COMPLETED = WARM_COMPLETIONS + COMPLETIONS;
  /** Then the three completions alternated: this many rounds of this many each. */
  static final int ROUNDS = 4;
  static final int ROUND = 250;
  static final int WARM_UP = 200;
  static final int LIST_CALLS = 500;
  static final int CONSOLIDATION_CALLS = 20;
  static final int SAMPLE = 20;

  static final String STAFF = "bm.xdd";
  static final String STANDING = "bm.tt";
  static final String BRANCH = "BM-X75-B10";
  static final String SECRETARY = secretary(BRANCH);

  static final String BARE_KEY = "bench-bare-task";
  static final String BARE_TASK = "Task_BareAcknowledge";
  static final String BARE_BPMN = """
      <?xml version="1.0" encoding="UTF-8"?>
      <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                        xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                        id="Definitions_BenchBareTask" targetNamespace="http://dondoc.vn/bpmn">
        <bpmn:process id="bench-bare-task" name="Đo tải: một việc cần làm" isExecutable="true" camunda:historyTimeToLive="30">
          <bpmn:startEvent id="StartEvent_BareStarted" name="Bắt đầu">
            <bpmn:outgoing>Flow_ToBareTask</bpmn:outgoing>
          </bpmn:startEvent>
          <bpmn:userTask id="Task_BareAcknowledge" name="Xác nhận" camunda:candidateGroups="xdd:BM-T"
                         camunda:formRef="bench-bare-acknowledge" camunda:formRefBinding="deployment">
            <bpmn:incoming>Flow_ToBareTask</bpmn:incoming>
            <bpmn:outgoing>Flow_ToBareDone</bpmn:outgoing>
          </bpmn:userTask>
          <bpmn:endEvent id="EndEvent_BareDone" name="Xong">
            <bpmn:incoming>Flow_ToBareDone</bpmn:incoming>
          </bpmn:endEvent>
          <bpmn:sequenceFlow id="Flow_ToBareTask" sourceRef="StartEvent_BareStarted" targetRef="Task_BareAcknowledge" />
          <bpmn:sequenceFlow id="Flow_ToBareDone" sourceRef="Task_BareAcknowledge" targetRef="EndEvent_BareDone" />
        </bpmn:process>
      </bpmn:definitions>
      """;
  static final String BARE_FORM = """
      {"id": "bench-bare-acknowledge", "type": "default", "schemaVersion": 16,
       "components": [{"id": "Field_Acknowledged", "key": "acknowledged", "type": "checkbox", "label": "Đã nhận"}]}
      """;

  @Autowired
  RepositoryService repository;
  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  ProcessEngine engine;
  @Autowired
  JdbcTemplate jdbc;
  @Autowired
  ObservationRegistry observations;

  private final StringBuilder report = new StringBuilder();
  private ServerTimes serverTimes;
  private FlowableReference flowable;

  @Test
  void provinceDirectiveToFiveThousandBranches() throws Exception {
    settings();

    // 1. The province, through the API.
    long importStart = System.nanoTime();
    HttpResponse<String> imported = importOrganizations("tinh-do-tai.csv", province().getBytes(StandardCharsets.UTF_8));
    long importMillis = millis(importStart);
    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    assertThat(imported.body()).contains("\"created\":" + ORGANIZATIONS);
    user(STAFF, ScopeRole.PARTY_BUILDING.groupId(PROVINCE));
    user(STANDING, ScopeRole.STANDING.groupId(PROVINCE));
    user(SECRETARY);
    line("province import: %,d organisations (%,d branches) in %,d ms", ORGANIZATIONS, BRANCHES, importMillis);
    vacuumAnalyze();

    // 2. Reference: a bare one-user-task process.
    repository.createDeployment().name("benchmark-bare-task")
        .addString("processes/" + BARE_KEY + ".bpmn", BARE_BPMN)
        .addString("forms/bench-bare-acknowledge.form", BARE_FORM)
        .deploy();
    Snapshot beforeBare = snapshot();
    long bareStart = System.nanoTime();
    for (int i = 0; i < BARE_STARTS; i++) {
      runtime.startProcessInstanceByKey(BARE_KEY);
    }
    double bareStartSeconds = seconds(bareStart);
    double bareStartRate = BARE_STARTS / bareStartSeconds;
    line("reference, bare one-user-task process (RuntimeService/TaskService, one thread):");
    line("  %,d starts in %.1f s: %.0f starts/s", BARE_STARTS, bareStartSeconds, bareStartRate);
    Snapshot afterBareStarts = snapshot();
    vacuumAnalyze();
    Snapshot beforeBareCompletions = snapshot();
    List<String> bareTasks = tasks.createTaskQuery().taskDefinitionKey(BARE_TASK).listPage(0, COMPLETED).stream()
        .map(Task::getId).toList();
    Completions bareCompletions = timedCompletions(bareTasks, this::acknowledge);
    line("  %s", bareCompletions);
    Snapshot afterBareCompletions = snapshot();
    assertThat(tasks.createTaskQuery().taskDefinitionKey(BARE_TASK).count()).isEqualTo(BARE_STARTS - COMPLETED);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(BARE_KEY).finished().count())
        .isEqualTo(COMPLETED);

    // The yardstick for completions: the same bare process on Flowable 7.2, default settings.
    flowable = new FlowableReference();
    long flowableStart = System.nanoTime();
    for (int i = 0; i < BARE_STARTS; i++) {
      flowable.start();
    }
    double flowableStartSeconds = seconds(flowableStart);
    flowable.vacuumAnalyze();
    Completions flowableCompletions = timedCompletions(flowable.tasks(COMPLETED), flowable::complete);
    assertThat(flowable.open()).isEqualTo(BARE_STARTS - COMPLETED);
    assertThat(flowable.finished()).isEqualTo(COMPLETED);
    line("reference, the same bare process on Flowable 7.2 (%s; own database, same server, one thread):",
        flowable.settings());
    line("  %,d starts in %.1f s: %.0f starts/s", BARE_STARTS, flowableStartSeconds, BARE_STARTS / flowableStartSeconds);
    line("  %s", flowableCompletions);

    // 3. The directive and its fan-out.
    Directive directive = createDirective(PROVINCE, "1-CV/TU");
    complete(as(STAFF), directive.instance, "Task_Draft", "{\"draftReady\":{\"value\":true}}");
    vacuumAnalyze();
    Snapshot beforeFanOut = snapshot();
    long signStart = System.nanoTime();
    complete(as(STANDING), directive.instance, "Task_ReviewSign", "{\"signDecision\":{\"value\":\"sign\"}}");
    long signMillis = millis(signStart);
    long firstTaskMillis = -1;
    List<String> progress = new ArrayList<>();
    long nextProgress = 10_000;
    long deadline = System.nanoTime() + 30L * 60 * 1_000_000_000;
    long count;
    while ((count = acknowledgeTasks()) < BRANCHES) {
      long elapsed = millis(signStart);
      if (count > 0 && firstTaskMillis < 0) {
        firstTaskMillis = elapsed;
      }
      if (elapsed >= nextProgress) {
        progress.add(String.format(Locale.ROOT, "%ds:%d", elapsed / 1000, count));
        nextProgress += 10_000;
      }
      assertThat(System.nanoTime()).as("5,000 follow-up tasks within 30 minutes (%d so far)", count).isLessThan(deadline);
      Thread.sleep(200);
    }
    double fanOutSeconds = seconds(signStart);
    double fanOutRate = BRANCHES / fanOutSeconds;
    line("fan-out of one directive to %,d branches (job executor):", BRANCHES);
    line("  sign request (Task_ReviewSign + Task_Publish, %,d follow-up rows) %,d ms; first Task_Acknowledge after %,d ms",
        BRANCHES, signMillis, firstTaskMillis);
    line("  %,d Task_Acknowledge after %.1f s: %.0f follow-ups/s = %.0f%% of the bare start rate", BRANCHES, fanOutSeconds,
        fanOutRate, 100 * fanOutRate / bareStartRate);
    line("  progress (s:tasks) %s", String.join(" ", progress));
    Snapshot afterFanOut = snapshot();
    vacuumAnalyze();
    assertThat(jdbc.queryForObject("SELECT count(*) FROM dd_follow_up WHERE directive_id = ? AND process_instance_id IS NOT NULL",
        Long.class, directive.id)).isEqualTo(BRANCHES);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("branch-follow-up").count()).isEqualTo(BRANCHES);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM act_ru_job WHERE retries_ < 3 OR exception_msg_ IS NOT NULL", Long.class))
        .as("failed or retried jobs").isZero();
    assertThat(jdbc.queryForObject("SELECT count(*) FROM act_ru_incident", Long.class)).isZero();

    // 4. Task list and consolidation latency, with 5,000 running follow-ups.
    serverTimes = ServerTimes.on(observations);
    inCommuneTenants();
    String own = as(SECRETARY).get("/engine-rest/task?assignee=" + SECRETARY).body();
    assertThat(own).contains("\"taskDefinitionKey\":\"Task_Acknowledge\"");
    assertThat(ids(own)).as(own).isEqualTo(1);
    assertThat(ids(as(SECRETARY).get("/engine-rest/task?candidateGroup=org:" + BRANCH + "&includeAssignedTasks=true").body()))
        .isEqualTo(1);
    Http basic = as(SECRETARY);
    Http session = Http.browser(port, SECRETARY, PASSWORD);
    String byAssignee = "/engine-rest/task?assignee=" + SECRETARY;
    String byGroup = "/engine-rest/task?candidateGroup=org:" + BRANCH + "&includeAssignedTasks=true";
    // A server in use is warm: every path is called WARM_UP times before any is timed, so that the
    // order of the timed series does not decide which one pays for the JIT.
    String tasklistApi = "/camunda/api/engine/engine/default/task?assignee=" + SECRETARY;
    for (int i = 0; i < WARM_UP; i++) {
      for (String path : List.of(byAssignee, byGroup, "/engine-rest/version")) {
        assertThat(basic.get(path).statusCode()).isEqualTo(200);
        assertThat(session.get(path).statusCode()).isEqualTo(200);
      }
      assertThat(session.get(tasklistApi).statusCode()).as("the webapps' API takes the session only").isEqualTo(200);
    }
    Timed basicAssignee = latencies(basic, byAssignee, WARM_UP, LIST_CALLS);
    Timed basicGroup = latencies(basic, byGroup, WARM_UP, LIST_CALLS);
    Timed sessionAssignee = latencies(session, byAssignee, WARM_UP, LIST_CALLS);
    Timed sessionGroup = latencies(session, byGroup, WARM_UP, LIST_CALLS);
    // What Tasklist itself calls: the webapp's engine API, with the identity kept in the session.
    assertThat(ids(session.get(tasklistApi).body())).isEqualTo(1);
    Timed sessionTasklist = latencies(session, tasklistApi, WARM_UP, LIST_CALLS);
    // Where the time goes: sign-in and HTTP alone (no query), and the engine query alone (no HTTP).
    Timed basicVersion = latencies(basic, "/engine-rest/version", WARM_UP, LIST_CALLS);
    Timed sessionVersion = latencies(session, "/engine-rest/version", WARM_UP, LIST_CALLS);
    long[] engineAssignee = asSecretary(() -> tasks.createTaskQuery().taskAssignee(SECRETARY).list().size());
    long[] engineGroup = asSecretary(() -> tasks.createTaskQuery().taskCandidateGroup("org:" + BRANCH).includeAssignedTasks()
        .list().size());
    String consolidationPath = "/api/directives/" + directive.id + "/consolidation";
    assertThat(as(STAFF).get(consolidationPath).body()).contains("\"IN_PROGRESS\":" + BRANCHES);
    Timed consolidation = latencies(as(STAFF), consolidationPath, 1, CONSOLIDATION_CALLS);
    line("secretary's task list (%d calls after %d warm-up, ms; client: wall time in the test's HTTP client, server: the"
        + " server's own time from Spring's request observation):", LIST_CALLS, WARM_UP);
    percentiles("  Basic,   ?assignee=", basicAssignee);
    percentiles("  Basic,   ?candidateGroup=org:…&includeAssignedTasks", basicGroup);
    percentiles("  session, ?assignee=", sessionAssignee);
    percentiles("  session, ?candidateGroup=org:…&includeAssignedTasks", sessionGroup);
    percentiles("  session, Tasklist's /camunda/api/engine/…/task?assignee=", sessionTasklist);
    percentiles("  breakdown: Basic, /engine-rest/version (sign-in + HTTP)", basicVersion);
    percentiles("  breakdown: session, /engine-rest/version", sessionVersion);
    percentiles("  breakdown: TaskService query as him, assignee (no HTTP)", engineAssignee);
    percentiles("  breakdown: TaskService query as him, candidate group", engineGroup);
    percentiles(String.format(Locale.ROOT, "consolidation of %,d follow-ups as staff (%d calls)", BRANCHES, CONSOLIDATION_CALLS),
        consolidation);

    // 5. Task_Acknowledge of 500 + 2,000 follow-ups on one thread.
    List<String> acknowledge = openAcknowledgements(directive, COMPLETED);
    Snapshot beforeCompletions = snapshot();
    Completions acknowledgements = timedCompletions(acknowledge, this::acknowledge);
    line("follow-up report path: Task_Acknowledge completed (TaskService, one thread):");
    line("  %s; earlier in this run bare Camunda %.0f/s, bare Flowable %.0f/s (this is %.0f%% of it)", acknowledgements,
        bareCompletions.rate(), flowableCompletions.rate(), 100 * acknowledgements.rate() / flowableCompletions.rate());
    Snapshot afterCompletions = snapshot();
    assertThat(tasks.createTaskQuery().taskDefinitionKey("Task_SubmitReport").count()).isEqualTo(COMPLETED);
    assertThat(acknowledgeTasks()).isEqualTo(BRANCHES - COMPLETED);
    assertThat(jdbc.queryForObject("SELECT count(*) FROM dd_follow_up WHERE directive_id = ? AND acknowledged_at IS NOT NULL",
        Long.class, directive.id)).isEqualTo(COMPLETED);
    alternatedCompletions(directive);

    // Rows, bytes and statements.
    line("");
    delta("rows and bytes per follow-up (fan-out)", beforeFanOut, afterFanOut, BRANCHES);
    delta("per bare start", beforeBare, afterBareStarts, BARE_STARTS);
    delta("per bare completion", beforeBareCompletions, afterBareCompletions, COMPLETED);
    delta("per Task_Acknowledge completion", beforeCompletions, afterCompletions, COMPLETED);
    statementsPerOperation(directive);

    System.out.printf("%nBENCHMARK directive fan-out, task list and report completion (PostgreSQL)%n%s%n", report);
  }

  /**
   * The three completions again, alternated in rounds (each round in another order), so that the
   * machine's drift — its speed changes by a factor of two over a day — falls on all three alike.
   */
  private void alternatedCompletions(Directive directive) {
    int each = ROUNDS * ROUND;
    List<String> bare = tasks.createTaskQuery().taskDefinitionKey(BARE_TASK).listPage(0, each).stream().map(Task::getId).toList();
    List<String> bareFlowable = flowable.tasks(each);
    List<String> acknowledge = openAcknowledgements(directive, each);
    List<List<String>> ids = List.of(bare, bareFlowable, acknowledge);
    List<Consumer<String>> completions = List.of(this::acknowledge, flowable::complete, this::acknowledge);
    ids.forEach(list -> assertThat(list).hasSize(each));
    long[] nanos = new long[3];
    for (int round = 0; round < ROUNDS; round++) {
      for (int k = 0; k < 3; k++) {
        int which = (round + k) % 3;
        List<String> slice = ids.get(which).subList(round * ROUND, (round + 1) * ROUND);
        long start = System.nanoTime();
        slice.forEach(completions.get(which));
        nanos[which] += System.nanoTime() - start;
      }
    }
    double[] rates = Arrays.stream(nanos).mapToDouble(n -> each / (n / 1e9)).toArray();
    line("completions alternated: %d rounds of %d each, one thread, each round in another order:", ROUNDS, ROUND);
    line("  bare Camunda %.0f/s, bare Flowable 7.2 %.0f/s, Task_Acknowledge %.0f/s = %.0f%% of bare Flowable's, %.0f%% of bare"
        + " Camunda's", rates[0], rates[1], rates[2], 100 * rates[2] / rates[1], 100 * rates[2] / rates[0]);
  }

  /** The first {@code count} open Task_Acknowledge of the directive's follow-ups, in the follow-ups' order. */
  private List<String> openAcknowledgements(Directive directive, int count) {
    return jdbc.queryForList("SELECT t.id_ FROM act_ru_task t JOIN dd_follow_up f ON f.process_instance_id = t.proc_inst_id_"
        + " WHERE t.task_def_key_ = 'Task_Acknowledge' AND f.directive_id = ? ORDER BY f.id LIMIT ?", String.class,
        directive.id, count);
  }

  /** What the acknowledgement form sends, as the bare task's form does; Flowable's reference sends the same. */
  private void acknowledge(String taskId) {
    tasks.complete(taskId, Map.of("acknowledged", true));
  }

  @AfterEach
  void closeFlowable() {
    if (flowable != null) {
      flowable.close();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Statements per operation: the engine's MyBatis statements and the application's JdbcTemplate
  // calls, counted from their debug logging on a small sample after the timed runs.

  private void statementsPerOperation(Directive province) throws Exception {
    List<String> bare = tasks.createTaskQuery().taskDefinitionKey(BARE_TASK).listPage(0, SAMPLE).stream().map(Task::getId).toList();
    Statements bareStatements = Statements.during(() -> bare.forEach(this::acknowledge));
    List<String> acknowledge = openAcknowledgements(province, SAMPLE);
    Statements ackStatements = Statements.during(() -> acknowledge.forEach(this::acknowledge));
    Http session = Http.browser(port, SECRETARY, PASSWORD);
    String byAssignee = "/engine-rest/task?assignee=" + SECRETARY;
    Statements listStatements = Statements.during(() -> {
      for (int i = 0; i < SAMPLE; i++) {
        assertThat(session.get(byAssignee).statusCode()).isEqualTo(200);
      }
    });
    List<String> bareStarts = new ArrayList<>();
    Statements startStatements = Statements.during(() -> {
      for (int i = 0; i < SAMPLE; i++) {
        bareStarts.add(runtime.startProcessInstanceByKey(BARE_KEY).getId());
      }
    });

    // One commune's 33 branches: the statements the job executor runs per follow-up start.
    Directive commune = createDirective("BM-X1", "2-CV/TU");
    complete(as(STAFF), commune.instance, "Task_Draft", "{\"draftReady\":{\"value\":true}}");
    int communeBranches = 4 + DIRECT_BRANCHES + 1;
    Statements fanOut = Statements.during(() -> {
      complete(as(STANDING), commune.instance, "Task_ReviewSign", "{\"signDecision\":{\"value\":\"sign\"}}");
      long deadline = System.nanoTime() + 120_000_000_000L;
      while (acknowledgeTasks() < BRANCHES - COMPLETED - ROUNDS * ROUND - SAMPLE + communeBranches) {
        assertThat(System.nanoTime()).isLessThan(deadline);
        sleep(100);
      }
      sleep(500);
    });

    line("");
    line("SQL statements per operation (MyBatis statements + JdbcTemplate calls, sample of %d; untimed):", SAMPLE);
    print(bareStatements, "per bare completion", SAMPLE, Statements::mine);
    print(ackStatements, "per Task_Acknowledge completion", SAMPLE, Statements::mine);
    print(listStatements, "per task list call, session, ?assignee= (server threads)", SAMPLE, Statements::server);
    print(startStatements, "per bare start", SAMPLE, Statements::mine);
    print(fanOut, "per follow-up start, job executor threads (" + communeBranches + " follow-ups, fan-out job included)",
        communeBranches, Statements::jobWorker);
    print(fanOut, "  job acquisition thread, whole fan-out of " + communeBranches, 1, Statements::acquisition);
    line("  threads seen during that fan-out: %s", fanOut.threads());
  }

  private void print(Statements statements, String title, int operations, Statements.ThreadFilter threads) {
    Map<String, Integer> counts = statements.counts(threads);
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    Map<String, Integer> byKind = new TreeMap<>();
    counts.forEach((key, n) -> byKind.merge(Statements.kind(key), n, Integer::sum));
    line("  %s: %.1f statements (%s)", title, (double) total / operations, byKind.entrySet().stream()
        .map(e -> String.format(Locale.ROOT, "%s %.1f", e.getKey(), (double) e.getValue() / operations))
        .collect(Collectors.joining(", ")));
    counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(e -> line("      %6.2f  %s", (double) e.getValue() / operations, e.getKey()));
  }

  // ---------------------------------------------------------------------------------------------
  // Table statistics.

  record TableStat(long rows, long bytes, long inserted, long updated, long deleted) {
  }

  record Snapshot(Map<String, TableStat> tables, long commits) {
  }

  /** Row counts and sizes of every act_* and dd_* table, and its write counters once they are flushed. */
  private Snapshot snapshot() {
    // Backends flush their statistics when idle for PGSTAT_IDLE_INTERVAL (10 s) at the latest.
    sleep(11_000);
    Map<String, TableStat> tables = new TreeMap<>();
    jdbc.query("SELECT relname, n_tup_ins, n_tup_upd, n_tup_del, pg_total_relation_size(relid) FROM pg_stat_user_tables"
        + " WHERE relname LIKE 'act\\_%' OR relname LIKE 'dd\\_%'", rs -> {
          String table = rs.getString(1);
          tables.put(table, new TableStat(0, rs.getLong(5), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
        });
    tables.replaceAll((table, stat) -> new TableStat(jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class),
        stat.bytes(), stat.inserted(), stat.updated(), stat.deleted()));
    long commits = jdbc.queryForObject("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()", Long.class);
    return new Snapshot(tables, commits);
  }

  /**
   * What autovacuum does in production between the phases: the test server may run without it
   * ({@code autovacuum = off}), and then the planner works from empty-table statistics and dead
   * rows pile up. Done outside every timed section.
   */
  private void vacuumAnalyze() {
    long start = System.nanoTime();
    List<String> tables = jdbc.queryForList("SELECT relname FROM pg_stat_user_tables WHERE relname LIKE 'act\\_%'"
        + " OR relname LIKE 'dd\\_%'", String.class);
    tables.forEach(table -> jdbc.execute("VACUUM (ANALYZE) " + table));
    line("  (VACUUM ANALYZE of %d act_*/dd_* tables, %,d ms; server autovacuum = %s)", tables.size(), millis(start),
        jdbc.queryForObject("SHOW autovacuum", String.class));
  }

  static String group(String table) {
    if (table.startsWith("dd_")) {
      return "application (dd_*)";
    }
    if (table.equals("act_ru_authorization")) {
      return "authorization";
    }
    if (table.equals("act_ru_job") || table.equals("act_ru_jobdef")) {
      return "job";
    }
    if (table.equals("act_ru_meter_log") || table.equals("act_ru_task_meter_log")) {
      return "metrics";
    }
    if (table.startsWith("act_hi_")) {
      return "history (act_hi_*)";
    }
    if (table.startsWith("act_ru_")) {
      return "runtime (act_ru_*)";
    }
    if (table.startsWith("act_ge_")) {
      return "byte arrays (act_ge_*)";
    }
    return "other (act_re_*, act_id_*)";
  }

  private void delta(String title, Snapshot before, Snapshot after, int operations) {
    Map<String, long[]> groups = new TreeMap<>();
    List<String> details = new ArrayList<>();
    long[] total = new long[5];
    for (Map.Entry<String, TableStat> entry : after.tables().entrySet()) {
      TableStat a = entry.getValue();
      TableStat b = before.tables().getOrDefault(entry.getKey(), new TableStat(0, 0, 0, 0, 0));
      long[] d = {a.rows() - b.rows(), a.bytes() - b.bytes(), a.inserted() - b.inserted(), a.updated() - b.updated(),
          a.deleted() - b.deleted()};
      if (Arrays.stream(d).allMatch(v -> v == 0)) {
        continue;
      }
      long[] g = groups.computeIfAbsent(group(entry.getKey()), k -> new long[5]);
      for (int i = 0; i < 5; i++) {
        g[i] += d[i];
        total[i] += d[i];
      }
      details.add(String.format(Locale.ROOT, "      %-34s %+7.2f rows %+8.0f B   ins %5.2f upd %5.2f del %5.2f", entry.getKey(),
          (double) d[0] / operations, (double) d[1] / operations, (double) d[2] / operations, (double) d[3] / operations,
          (double) d[4] / operations));
    }
    line("%s (%,d operations; rows = count(*) change, bytes = pg_total_relation_size change incl. indexes,"
        + " ins/upd/del = pg_stat_user_tables tuples written):", title, operations);
    groups.forEach((name, g) -> line("  %-28s %+7.2f rows %+8.0f B   ins %5.2f upd %5.2f del %5.2f", name,
        (double) g[0] / operations, (double) g[1] / operations, (double) g[2] / operations, (double) g[3] / operations,
        (double) g[4] / operations));
    line("  %-28s %+7.2f rows %+8.0f B   ins %5.2f upd %5.2f del %5.2f   (%.2f commits/op)", "total",
        (double) total[0] / operations, (double) total[1] / operations, (double) total[2] / operations,
        (double) total[3] / operations, (double) total[4] / operations,
        (double) (after.commits() - before.commits()) / operations);
    details.forEach(this::line);
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers.

  record Directive(long id, String instance) {
  }

  private Directive createDirective(String recipient, String number) {
    HttpResponse<String> created = as(STAFF).postJson("/api/directives", """
        {"number": "%s", "place": "Đo tải", "issuerCode": "%s", "issuingBody": "Ban Thường vụ",
         "subject": "V/v đẩy mạnh sử dụng ứng dụng Sổ tay đảng viên điện tử", "body": "Đề nghị các chi bộ ...",
         "signerName": "Nguyễn Văn A", "signerTitle": "Phó Bí thư Thường trực", "completeBy": "%s",
         "requirements": ["Sinh hoạt chi bộ trên ứng dụng"],
         "targets": [{"indicator": "Tỷ lệ đảng viên truy cập", "comparator": "≥", "value": 95, "unit": "%%"}],
         "recipients": [{"organizationCode": "%s", "allBranches": true}]}""".formatted(number, PROVINCE,
        LocalDate.now(TimeConfiguration.VIETNAM).plusDays(30), recipient));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return new Directive(Long.parseLong(field(created.body(), "\"id\":(\\d+)")),
        field(created.body(), "\"processInstanceId\":\"([^\"]+)\""));
  }

  /**
   * Each follow-up belongs to its branch's commune tenant, not the province's: the branch secretary,
   * whose group belongs to his commune's tenant only, must see his task.
   */
  private void inCommuneTenants() {
    Long outside = jdbc.queryForObject("SELECT count(*) FROM act_ru_execution e JOIN act_re_procdef d ON d.id_ = e.proc_def_id_"
        + " JOIN dd_follow_up f ON f.process_instance_id = e.id_ JOIN dd_organization o ON o.code = f.organization_code"
        + " WHERE d.key_ = 'branch-follow-up' AND e.id_ = e.proc_inst_id_ AND coalesce(e.tenant_id_, '-') <> o.scope_code", Long.class);
    assertThat(outside).as("follow-up instances outside their commune's tenant").isZero();
  }

  private long acknowledgeTasks() {
    return jdbc.queryForObject("SELECT count(*) FROM act_ru_task WHERE task_def_key_ = 'Task_Acknowledge'", Long.class);
  }

  /** The engine query alone, with the secretary's groups and tenants as the REST API would set them. */
  private long[] asSecretary(java.util.function.IntSupplier query) {
    List<String> groups = identityService.createGroupQuery().groupMember(SECRETARY).list().stream().map(g -> g.getId()).toList();
    List<String> tenants = identityService.createTenantQuery().userMember(SECRETARY).includingGroupsOfUser(true).list().stream()
        .map(t -> t.getId()).toList();
    identityService.setAuthentication(SECRETARY, groups, tenants);
    try {
      for (int i = 0; i < WARM_UP; i++) {
        assertThat(query.getAsInt()).isEqualTo(1);
      }
      long[] nanos = new long[LIST_CALLS];
      for (int i = 0; i < LIST_CALLS; i++) {
        long start = System.nanoTime();
        int found = query.getAsInt();
        nanos[i] = System.nanoTime() - start;
        assertThat(found).isEqualTo(1);
      }
      return nanos;
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** Timed completions, in blocks of {@link #WARM_COMPLETIONS} to show the drift within a run. */
  record Completions(long[] blockNanos) {

    double seconds() {
      return Arrays.stream(blockNanos).sum() / 1e9;
    }

    double rate() {
      return COMPLETIONS / seconds();
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%,d completions in %.1f s: %.0f completions/s (by %d: %s)", COMPLETIONS, seconds(), rate(),
          WARM_COMPLETIONS, Arrays.stream(blockNanos).mapToObj(n -> String.format(Locale.ROOT, "%.0f", WARM_COMPLETIONS / (n / 1e9)))
              .collect(Collectors.joining(" ")));
    }
  }

  /**
   * Completes the first {@link #WARM_COMPLETIONS} of the tasks untimed, then the next {@link #COMPLETIONS}
   * timed, one after another on this thread.
   */
  private static Completions timedCompletions(List<String> taskIds, Consumer<String> complete) {
    assertThat(taskIds).hasSize(COMPLETED);
    taskIds.subList(0, WARM_COMPLETIONS).forEach(complete);
    long[] blocks = new long[COMPLETIONS / WARM_COMPLETIONS];
    for (int b = 0; b < blocks.length; b++) {
      long start = System.nanoTime();
      taskIds.subList(WARM_COMPLETIONS * (b + 1), WARM_COMPLETIONS * (b + 2)).forEach(complete);
      blocks[b] = System.nanoTime() - start;
    }
    return new Completions(blocks);
  }

  /** Wall times of one path's calls in the client, and the server's own time for each. */
  record Timed(long[] client, long[] server) {
  }

  private Timed latencies(Http http, String path, int warmUp, int calls) throws InterruptedException {
    for (int i = 0; i < warmUp; i++) {
      assertThat(http.get(path).statusCode()).isEqualTo(200);
    }
    long[] nanos = new long[calls];
    serverTimes.start();
    for (int i = 0; i < calls; i++) {
      long start = System.nanoTime();
      int status = http.get(path).statusCode();
      nanos[i] = System.nanoTime() - start;
      assertThat(status).isEqualTo(200);
    }
    return new Timed(nanos, serverTimes.stop(calls));
  }

  private void percentiles(String title, Timed timed) {
    percentiles(title, timed.client());
    percentiles("      server", timed.server());
  }

  private void percentiles(String title, long[] nanos) {
    line("%-56s p50 %6.2f  p95 %6.2f  p99 %6.2f  max %7.2f", title, percentile(nanos, 50), percentile(nanos, 95),
        percentile(nanos, 99), percentile(nanos, 100));
  }

  /** Nearest-rank percentile, in milliseconds. */
  static double percentile(long[] nanos, double p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }

  private void settings() {
    ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    JobExecutor executor = config.getJobExecutor();
    String pool = "";
    if (executor instanceof SpringJobExecutor spring && spring.getTaskExecutor() instanceof ThreadPoolTaskExecutor threads) {
      pool = String.format(Locale.ROOT, ", pool core %d max %d queue %d", threads.getCorePoolSize(), threads.getMaxPoolSize(),
          threads.getQueueCapacity());
    }
    boolean multiRowInserts = jdbc.execute((ConnectionCallback<Boolean>) connection ->
        connection.unwrap(BaseConnection.class).getQueryExecutor().isReWriteBatchedInsertsEnabled());
    line("engine: history %s, removal-time strategy %s, jdbc batch %s (INSERT batches as multi-row statements: %s),"
            + " authorization %s (revoke check %s); job executor: %d jobs/acquisition, wait %d ms, max wait %d ms%s",
        config.getHistory(), config.getHistoryRemovalTimeStrategy(), config.isJdbcBatchProcessing(), multiRowInserts,
        config.isAuthorizationEnabled(), config.getAuthorizationCheckRevokes(), executor.getMaxJobsPerAcquisition(),
        executor.getWaitTimeInMillis(), executor.getMaxWait(), pool);
  }

  /** 1 province, its organisation board, 150 communes with 2 grassroots committees of 2 branches and 29–30 branches each. */
  static String province() {
    StringBuilder csv = new StringBuilder("Mã,Tên,Loại,Mã cấp trên,Địa chỉ,Hoạt động,Tài khoản bí thư,Họ tên bí thư,Tài khoản phó bí thư\n");
    csv.append(PROVINCE).append(",Tỉnh ủy Đo tải,Tỉnh ủy,,,Có,,,\n");
    csv.append("BM-BTC,Ban Tổ chức Tỉnh ủy Đo tải,Ban Tổ chức,").append(PROVINCE).append(",,Có,,,\n");
    for (int x = 1; x <= COMMUNES; x++) {
      String commune = "BM-X" + x;
      csv.append(commune).append(",Đảng ủy xã Số ").append(x).append(",Đảng ủy xã,").append(PROVINCE).append(",,Có,,,\n");
      for (int d = 1; d <= 2; d++) {
        String committee = commune + "-DB" + d;
        csv.append(committee).append(",Đảng bộ cơ sở ").append(d).append(",Đảng bộ cơ sở,").append(commune)
            .append(",,Có,").append(secretary(committee)).append(",Lý A Páo,\n");
        for (int s = 1; s <= 2; s++) {
          String branch = committee + "-C" + s;
          csv.append(branch).append(",Chi bộ trực thuộc ").append(s).append(",Chi bộ trực thuộc,").append(committee)
              .append(",,Có,").append(secretary(branch)).append(",Thào A Sử,\n");
        }
      }
      int branches = DIRECT_BRANCHES + (x <= 50 ? 1 : 0);
      for (int b = 1; b <= branches; b++) {
        String branch = commune + "-B" + b;
        csv.append(branch).append(",Chi bộ bản ").append(b).append(" xã ").append(x).append(",Chi bộ cơ sở,").append(commune)
            .append(",Bản ").append(b).append(",Có,").append(secretary(branch)).append(",Vàng A Lử,")
            .append(b % 3 == 0 ? "pbt." + branch.toLowerCase(Locale.ROOT) : "").append('\n');
      }
    }
    return csv.toString();
  }

  static String secretary(String code) {
    return "bt." + code.toLowerCase(Locale.ROOT);
  }

  private static int ids(String json) {
    return (int) Pattern.compile("\"taskDefinitionKey\":").matcher(json).results().count();
  }

  private void line(String format, Object... args) {
    String text = String.format(Locale.ROOT, format, args);
    report.append(text).append('\n');
    System.out.println("BENCH " + text);
  }

  private static long millis(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
