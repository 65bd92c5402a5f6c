package vn.dondoc.usage.process;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import vn.dondoc.organization.process.OrganizationProcessVariables;
import vn.dondoc.usage.UsageReviewProcess;

@Component
class CamundaUsageReview implements UsageReviewProcess {

  private final RuntimeService runtime;

  CamundaUsageReview(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @Override
  public void start(long snapshotId, String organizationCode, String scopeCode, int toRemediate) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(UsageReview.VAR_SNAPSHOT_ID, snapshotId);
    variables.put(OrganizationProcessVariables.ORGANIZATION_CODE, organizationCode);
    variables.put(UsageReview.VAR_SCOPE_CODE, scopeCode);
    variables.put(UsageReview.VAR_TO_REMEDIATE, toRemediate);
    runtime.startProcessInstanceByKey(UsageReview.KEY, UsageReview.businessKey(snapshotId), variables);
  }
}
