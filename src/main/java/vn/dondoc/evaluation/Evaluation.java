package vn.dondoc.evaluation;

import java.time.Instant;

/**
 * The rating of every organisation below {@code parentCode} for one period.
 *
 * @param excellentQuota percent of those rated good or better that may be excellent; {@code null}: no quota
 */
public record Evaluation(long id, String parentCode, String scopeCode, Period period, Integer excellentQuota,
    EvaluationStatus status, String processInstanceId, String startedBy, Instant startedAt, Instant publishedAt) {
}
