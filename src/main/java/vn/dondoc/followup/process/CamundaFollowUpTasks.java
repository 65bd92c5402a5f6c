package vn.dondoc.followup.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;
import vn.dondoc.followup.FollowUpTasks;

@Component
class CamundaFollowUpTasks implements FollowUpTasks {

  private final ProcessEngine processEngine;
  private final ProcessEngineConfigurationImpl engine;

  CamundaFollowUpTasks(ProcessEngine processEngine) {
    this.processEngine = processEngine;
    this.engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
  }

  /**
   * The variable makes later tasks follow; the open acknowledge or report task moves now. The engine
   * runs this as {@code byUserId}, so that its operation log and identity-link history name who handed
   * the follow-up on; its own checks are off, since {@code FollowUpService} has checked that he may.
   */
  @Override
  public void reassign(String processInstanceId, String userId, String byUserId) {
    IdentityService identity = processEngine.getIdentityService();
    Authentication caller = identity.getCurrentAuthentication();
    identity.setAuthenticatedUserId(byUserId);
    try {
      engine.getCommandExecutorTxRequired().execute(context -> withoutChecks(context, () -> {
        processEngine.getRuntimeService().setVariable(processInstanceId, BranchFollowUp.VAR_RESPONSIBLE, userId);
        var tasks = processEngine.getTaskService();
        tasks.createTaskQuery().processInstanceId(processInstanceId)
            .taskDefinitionKeyIn(BranchFollowUp.TASK_ACKNOWLEDGE, BranchFollowUp.TASK_SUBMIT_REPORT).list()
            .forEach(task -> tasks.setAssignee(task.getId(), userId));
      }));
    } finally {
      if (caller == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(caller);
      }
    }
  }

  /** Authorization and tenant checks off for {@code work}, and back as they were. */
  private static Void withoutChecks(CommandContext context, Runnable work) {
    boolean authorization = context.isAuthorizationCheckEnabled();
    boolean tenant = context.isTenantCheckEnabled();
    context.disableAuthorizationCheck();
    context.disableTenantCheck();
    try {
      work.run();
      return null;
    } finally {
      if (authorization) {
        context.enableAuthorizationCheck();
      }
      if (tenant) {
        context.enableTenantCheck();
      }
    }
  }
}
