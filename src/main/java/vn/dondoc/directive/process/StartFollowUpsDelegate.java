package vn.dondoc.directive.process;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.dondoc.followup.FollowUpRepository;
import vn.dondoc.organization.process.OrganizationProcessVariables;

/**
 * Task_StartFollowUps (asynchronous, after the signature's transaction): splits the recipients into
 * batches of {@code dondoc.directive.start-batch-size} and starts one {@code follow-up-batch} per
 * batch. The batches run in parallel on the job executor, each in one transaction that starts and
 * registers its branches' follow-ups ({@link StartFollowUpBatchDelegate}); the directive goes on to
 * its consolidation at once.
 *
 * <p>Earlier designs, measured with a province of 5.000 branches: a multi-instance call activity
 * ran a few follow-ups at a time (its jobs all belong to the directive's instance and are
 * exclusive); one job per follow-up paid a job's rows, acquisition and commit 5.000 times.
 */
@Component
class StartFollowUpsDelegate implements JavaDelegate {

  private final FollowUpRepository followUps;
  private final RuntimeService runtime;
  private final int batchSize;

  StartFollowUpsDelegate(FollowUpRepository followUps, RuntimeService runtime,
      @Value("${dondoc.directive.start-batch-size}") int batchSize) {
    this.followUps = followUps;
    this.runtime = runtime;
    this.batchSize = batchSize;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long directiveId = ((Number) execution.getVariable(DirectiveIssuance.VAR_DIRECTIVE_ID)).longValue();
    List<Long> ids = followUps.unstartedIds(directiveId);
    for (int from = 0; from < ids.size(); from += batchSize) {
      long fromId = ids.get(from);
      long toId = ids.get(Math.min(from + batchSize, ids.size()) - 1);
      runtime.startProcessInstanceByKey(FollowUpBatch.KEY, "CV-" + directiveId + "-dot-" + fromId, Map.of(
          DirectiveIssuance.VAR_DIRECTIVE_ID, directiveId,
          FollowUpBatch.VAR_FROM_ID, fromId,
          FollowUpBatch.VAR_TO_ID, toId,
          OrganizationProcessVariables.ORGANIZATION_CODE, execution.getVariable(OrganizationProcessVariables.ORGANIZATION_CODE)));
    }
  }
}
