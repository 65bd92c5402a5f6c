package vn.dondoc.testsupport;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

class PostgresCondition implements ExecutionCondition {

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (PostgresDatabase.reachable()) {
      return ConditionEvaluationResult.enabled("PostgreSQL tại " + PostgresDatabase.serverUrl());
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      return ConditionEvaluationResult.enabled("CI: bộ kiểm thử PostgreSQL không được bỏ qua");
    }
    return ConditionEvaluationResult.disabled("Không có PostgreSQL tại " + PostgresDatabase.serverUrl());
  }
}
