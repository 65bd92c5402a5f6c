package vn.dondoc.usage.process;

import java.time.LocalDateTime;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.springframework.stereotype.Component;
import vn.dondoc.organization.process.OrganizationProcessVariables;
import vn.dondoc.platform.time.TimeConfiguration;
import vn.dondoc.usage.UsageReviewProcess;
import vn.dondoc.usage.UsageReviewRecord;

@Component
class CamundaUsageReview implements UsageReviewProcess {

  private final RuntimeService runtime;
  private final HistoryService history;

  CamundaUsageReview(RuntimeService runtime, HistoryService history) {
    this.runtime = runtime;
    this.history = history;
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

  /**
   * Three queries for all the reviews (instances, their variables, their review tasks) and one per
   * decided review for who completed it; the caller asks for the few snapshots of one organisation.
   */
  @Override
  public List<UsageReviewRecord> history(Collection<Long> snapshotIds) {
    if (snapshotIds.isEmpty()) {
      return List.of();
    }
    String[] keys = snapshotIds.stream().map(UsageReview::businessKey).toArray(String[]::new);
    List<HistoricProcessInstance> instances = history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(UsageReview.KEY).processInstanceBusinessKeyIn(keys).list();
    if (instances.isEmpty()) {
      return List.of();
    }
    Map<String, Map<String, Object>> variables = new HashMap<>();
    history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(instances.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
        .variableNameIn(UsageReview.VAR_SNAPSHOT_ID, UsageReview.VAR_REMEDIATE, UsageReview.VAR_NOTE,
            UsageReview.VAR_TO_REMEDIATE, UsageReview.VAR_DIRECTIVE_ID, UsageReview.VAR_SUPPORT_PAIRS)
        .list()
        .forEach(v -> variables.computeIfAbsent(v.getProcessInstanceId(), id -> new HashMap<>()).put(v.getName(), v.getValue()));
    Map<String, HistoricTaskInstance> reviews = history.createHistoricTaskInstanceQuery()
        .processInstanceBusinessKeyIn(keys).taskDefinitionKey(UsageReview.TASK_REVIEW).list().stream()
        .collect(Collectors.toMap(HistoricTaskInstance::getProcessInstanceId, Function.identity(), (a, b) -> a));
    return instances.stream().map(instance -> {
      Map<String, Object> values = variables.getOrDefault(instance.getId(), Map.of());
      HistoricTaskInstance review = reviews.get(instance.getId());
      boolean decided = review != null && review.getEndTime() != null;
      return new UsageReviewRecord(((Number) values.get(UsageReview.VAR_SNAPSHOT_ID)).longValue(),
          vietnam(instance.getStartTime()), decided ? completer(review) : null,
          decided ? vietnam(review.getEndTime()) : null, (Boolean) values.get(UsageReview.VAR_REMEDIATE),
          (String) values.get(UsageReview.VAR_NOTE), number(values.get(UsageReview.VAR_TO_REMEDIATE), Number::intValue),
          number(values.get(UsageReview.VAR_DIRECTIVE_ID), Number::longValue),
          number(values.get(UsageReview.VAR_SUPPORT_PAIRS), Number::intValue));
    }).toList();
  }

  /** The engine logs who completed a task when it knows; a task completed as claimed also names him. */
  private String completer(HistoricTaskInstance task) {
    return history.createUserOperationLogQuery().taskId(task.getId())
        .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().stream()
        .map(UserOperationLogEntry::getUserId).filter(Objects::nonNull).findFirst().orElse(task.getAssignee());
  }

  private static <T> T number(Object value, Function<Number, T> as) {
    return value == null ? null : as.apply((Number) value);
  }

  private static LocalDateTime vietnam(Date time) {
    return time == null ? null : LocalDateTime.ofInstant(time.toInstant(), TimeConfiguration.VIETNAM);
  }
}
