package vn.dondoc.followup.process;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.dondoc.followup.FollowUpTasks;

@Component
class CamundaFollowUpTasks implements FollowUpTasks {

  private final RuntimeService runtime;
  private final TaskService tasks;

  CamundaFollowUpTasks(RuntimeService runtime, TaskService tasks) {
    this.runtime = runtime;
    this.tasks = tasks;
  }

  /** The variable makes later tasks follow; the open acknowledge or report task moves now. */
  @Override
  public void reassign(String processInstanceId, String userId) {
    runtime.setVariable(processInstanceId, BranchFollowUp.VAR_RESPONSIBLE, userId);
    tasks.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKeyIn(BranchFollowUp.TASK_ACKNOWLEDGE, BranchFollowUp.TASK_SUBMIT_REPORT).list()
        .forEach(task -> tasks.setAssignee(task.getId(), userId));
  }
}
