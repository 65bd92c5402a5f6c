package vn.dondoc.usage;

import java.util.Collection;
import java.util.List;

/** The engine side of reviewing an app-statistics import, behind a port so the domain stays free of Camunda. */
public interface UsageReviewProcess {

  /**
   * Starts {@code usage-review} for a new app snapshot of an organisation, in the import's transaction.
   *
   * @param scopeCode the committee whose party-building staff review it
   * @param toRemediate the organisations directly below in the low and not-deployed bands
   */
  void start(long snapshotId, String organizationCode, String scopeCode, int toRemediate);

  /** The reviews of these app snapshots, from the engine's history, in no particular order. */
  List<UsageReviewRecord> history(Collection<Long> snapshotIds);
}
