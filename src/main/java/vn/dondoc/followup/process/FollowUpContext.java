package vn.dondoc.followup.process;

import java.time.Instant;
import java.util.Map;
import java.util.HashMap;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import vn.dondoc.directive.DirectiveRepository;
import vn.dondoc.followup.FollowUp;
import vn.dondoc.followup.FollowUpRepository;
import vn.dondoc.followup.ReminderPlan;
import vn.dondoc.platform.time.TimeConfiguration;

/**
 * What the follow-up's process steps share: loading the follow-up and its directive, the engine's
 * clock (so tests can move it), the reminder plan, and the values every notification names.
 */
@Component
class FollowUpContext {

  static final String TASKLIST = "/camunda/app/tasklist/default/";

  private final FollowUpRepository followUps;
  private final DirectiveRepository directives;
  private final TaskService tasks;

  FollowUpContext(FollowUpRepository followUps, DirectiveRepository directives, TaskService tasks) {
    this.followUps = followUps;
    this.directives = directives;
    this.tasks = tasks;
  }

  /** A link that opens this task in Tasklist. */
  static String taskLink(String taskId) {
    return TASKLIST + "#/?task=" + taskId;
  }

  /** The branch's open task in this instance (acknowledge or report), or Tasklist itself. */
  String openTaskLink(String processInstanceId) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId)
        .taskDefinitionKeyIn(BranchFollowUp.TASK_ACKNOWLEDGE, BranchFollowUp.TASK_SUBMIT_REPORT).list().stream()
        .findFirst().map(task -> taskLink(task.getId())).orElse(TASKLIST);
  }

  FollowUpRepository repository() {
    return followUps;
  }

  long id(DelegateExecution execution) {
    return ((Number) execution.getVariable(BranchFollowUp.VAR_FOLLOW_UP_ID)).longValue();
  }

  FollowUp followUp(long id) {
    return followUps.find(id).orElseThrow(() -> new IllegalStateException("Không có theo dõi " + id));
  }

  /** Only what the steps need of the directive, in one query: they run thousands of times in a fan-out. */
  DirectiveRepository.Header directive(long directiveId) {
    return directives.header(directiveId).orElseThrow(() -> new IllegalStateException("Không có công văn " + directiveId));
  }

  ReminderPlan plan(FollowUp followUp) {
    DirectiveRepository.Header directive = directive(followUp.directiveId());
    return new ReminderPlan(followUp.deadline(), directive.reminderDays(), directive.overdueReminderCap(), TimeConfiguration.VIETNAM);
  }

  Instant now() {
    return ClockUtil.now().toInstant();
  }

  /** The values the notification templates name: directive, organisation, deadline. */
  Map<String, Object> values(FollowUp followUp) {
    DirectiveRepository.Header directive = directive(followUp.directiveId());
    Map<String, Object> values = new HashMap<>();
    values.put("directiveNumber", directive.number() == null || directive.number().isBlank() ? "(chưa đánh số)" : directive.number());
    // The templates say "về việc …": the subject's own "V/v" would say it twice.
    values.put("directiveSubject", directive.subject().replaceFirst("^(?i)v/v\\s*", ""));
    values.put("branchName", followUp.organizationName());
    values.put("deadline", followUp.deadline());
    return values;
  }
}
