package vn.dondoc.directive.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import vn.dondoc.directive.DirectiveService;
import vn.dondoc.followup.FollowUp;
import vn.dondoc.followup.FollowUpRepository;
import vn.dondoc.followup.process.BranchFollowUp;
import vn.dondoc.organization.OrganizationImporter;
import vn.dondoc.organization.ScopeRole;
import vn.dondoc.testsupport.DirectiveFixture;
import vn.dondoc.testsupport.PostgresApplicationTest;

/**
 * A withdrawal racing a fan-out batch on PostgreSQL, each order forced by holding one transaction
 * open until the other waits for its row locks. Whichever commits first, no follow-up ends up marked
 * withdrawn while its process runs on with an open task.
 *
 * <p>The batch's job is kept from the job executor by suspending the batch's job definition, and
 * run by the test inside a transaction of its own.
 */
class DirectiveWithdrawalRaceIT extends PostgresApplicationTest {

  private static final int BRANCHES = 3;

  @Autowired
  OrganizationImporter importer;
  @Autowired
  DirectiveService directives;
  @Autowired
  FollowUpRepository followUps;
  @Autowired
  TaskService tasks;
  @Autowired
  RuntimeService runtime;
  @Autowired
  ManagementService management;
  @Autowired
  TransactionTemplate transactions;
  @Autowired
  JdbcTemplate jdbc;

  @BeforeEach
  void holdBatches() {
    management.updateJobDefinitionSuspensionState().byProcessDefinitionKey(FollowUpBatch.KEY).includeJobs(true).suspend();
  }

  @AfterEach
  void releaseBatches() {
    management.updateJobDefinitionSuspensionState().byProcessDefinitionKey(FollowUpBatch.KEY).includeJobs(true).activate();
  }

  @Test
  void aWithdrawalWhileABatchStartsItsFollowUpsTellsEveryOneOfThem() throws Exception {
    DirectiveFixture commune = commune("WRA");
    long id = signed(commune);
    String batchJob = batchJob(id);

    firstHoldsItsLocks(() -> runBatch(batchJob), () -> withdraw(commune, id));

    List<FollowUp> rows = followUps.ofDirective(id);
    assertThat(rows).hasSize(BRANCHES)
        .allSatisfy(f -> assertThat(f.processInstanceId()).as("started by the batch").isNotNull())
        .allSatisfy(f -> assertThat(f.withdrawnAt()).isNotNull());
    assertThat(runningFollowUps(id)).as("every started follow-up was told of the withdrawal").isZero();
    assertThat(tasks.createTaskQuery().processInstanceBusinessKeyLike("CV-" + id + "-%").count()).isZero();
  }

  @Test
  void aBatchWaitingForAWithdrawalStartsNothing() throws Exception {
    DirectiveFixture commune = commune("WRB");
    long id = signed(commune);
    String batchJob = batchJob(id);

    firstHoldsItsLocks(() -> withdraw(commune, id), () -> runBatch(batchJob));

    assertThat(followUps.ofDirective(id)).hasSize(BRANCHES)
        .allSatisfy(f -> assertThat(f.withdrawnAt()).isNotNull())
        .allSatisfy(f -> assertThat(f.processInstanceId()).as("the batch skipped withdrawn follow-ups").isNull());
    assertThat(runningFollowUps(id)).isZero();
  }

  private DirectiveFixture commune(String prefix) {
    return DirectiveFixture.commune(prefix, BRANCHES, importer, identityService, directives, tasks);
  }

  /** A directive of the commune to its branches, drafted and signed: its fan-out has made its batch. */
  private long signed(DirectiveFixture commune) {
    long id = commune.draft(LocalDate.now().plusDays(30)).id();
    String instance = runtime.createProcessInstanceQuery().processDefinitionKey(DirectiveIssuance.KEY)
        .processInstanceBusinessKey("CV-" + id).singleResult().getId();
    tasks.complete(commune.task(instance, DirectiveIssuance.TASK_DRAFT).getId(), Map.of("draftReady", true));
    tasks.complete(commune.task(instance, DirectiveIssuance.TASK_REVIEW_SIGN).getId(),
        Map.of(DirectiveIssuance.VAR_SIGN_DECISION, "sign"));
    return id;
  }

  /** The batch's job, made by the job executor's run of the fan-out and held suspended. */
  private String batchJob(long directiveId) {
    await().atMost(Duration.ofSeconds(60)).until(() -> batchJobs(directiveId).size() == 1);
    Job job = batchJobs(directiveId).get(0);
    assertThat(job.isSuspended()).as("kept from the job executor").isTrue();
    return job.getId();
  }

  private List<Job> batchJobs(long directiveId) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(FollowUpBatch.KEY)
        .processInstanceBusinessKeyLike("CV-" + directiveId + "-dot-%").list().stream()
        .flatMap(pi -> management.createJobQuery().processInstanceId(pi.getId()).list().stream()).toList();
  }

  /** Runs the batch's job in the caller's transaction, which the caller commits. */
  private void runBatch(String jobId) {
    management.activateJobById(jobId);
    management.executeJob(jobId);
  }

  private void withdraw(DirectiveFixture commune, long id) {
    directives.withdraw(id, Set.of(ScopeRole.PARTY_BUILDING.groupId(commune.commune)));
  }

  /**
   * Forces an order: {@code first} runs in a transaction kept open until {@code second}, in a
   * transaction of its own, waits for a row lock {@code first} holds; then both commit, first first.
   */
  private void firstHoldsItsLocks(Runnable first, Runnable second) throws Exception {
    CountDownLatch ran = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    CompletableFuture<Void> firstDone = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> {
      first.run();
      ran.countDown();
      awaitQuietly(release);
    }));
    assertThat(ran.await(60, TimeUnit.SECONDS)).as("the first side ran").isTrue();
    CompletableFuture<Void> secondDone = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(status -> second.run()));
    awaitLockWait();
    release.countDown();
    firstDone.get(60, TimeUnit.SECONDS);
    secondDone.get(60, TimeUnit.SECONDS);
  }

  /** Until another connection of this test's database waits for a row lock held by the open transaction. */
  private void awaitLockWait() {
    await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(50)).until(() -> jdbc.queryForObject(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
        Integer.class) > 0);
  }

  private long runningFollowUps(long directiveId) {
    return runtime.createProcessInstanceQuery().processDefinitionKey(BranchFollowUp.KEY)
        .processInstanceBusinessKeyLike("CV-" + directiveId + "-%").count();
  }

  private static void awaitQuietly(CountDownLatch latch) {
    try {
      if (!latch.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("Quá 60 giây chờ phía bên kia");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
