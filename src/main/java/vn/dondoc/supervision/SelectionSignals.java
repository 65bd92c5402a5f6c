package vn.dondoc.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.dondoc.followup.FollowUp;
import vn.dondoc.followup.FollowUpRepository;
import vn.dondoc.followup.FollowUpStatus;
import vn.dondoc.organization.Organization;
import vn.dondoc.platform.time.TimeConfiguration;
import vn.dondoc.usage.UsageAt;

/**
 * The selection rules' inputs for every organisation below a committee, as things stood at a
 * moment: the usage band and trend, follow-ups, meetings (no data yet) and remediation.
 */
@Component
class SelectionSignals {

  private final UsageAt usage;
  private final FollowUpRepository followUps;
  private final SelectionRepository selections;

  SelectionSignals(UsageAt usage, FollowUpRepository followUps, SelectionRepository selections) {
    this.usage = usage;
    this.followUps = followUps;
    this.selections = selections;
  }

  /**
   * Each organisation's inputs, by code; organisations without any data get zeros and {@code NO_DATA}.
   *
   * @param subtree the committee's whole subtree (the usage rates roll up through it)
   * @param organizations those to select among
   */
  Map<String, SelectionInputs> of(Organization committee, List<Organization> subtree, List<Organization> organizations,
      Period period, Instant at) {
    LocalDate day = at.atZone(TimeConfiguration.VIETNAM).toLocalDate();
    UsageAt.Trend usageTrend = usage.trendBefore(committee, subtree, at.atZone(TimeConfiguration.VIETNAM).toLocalDateTime());
    Map<String, int[]> followUpCounts = followUpCounts(committee, period, at);
    Map<String, SelectionRepository.Remediation> remediation = selections.remediation(committee.path(), day);
    Map<String, SelectionInputs> inputs = new HashMap<>();
    for (Organization organization : organizations) {
      int[] counts = followUpCounts.getOrDefault(organization.code(), new int[2]);
      SelectionRepository.Remediation open = remediation.getOrDefault(organization.code(), SelectionRepository.Remediation.NONE);
      // Đôn đốc does not record branch meetings yet: the rules get "no data", never a made-up zero.
      inputs.put(organization.code(), new SelectionInputs(usageTrend.band(organization.code()),
          usageTrend.accessTrend(organization.code()), counts[0], counts[1], null,
          open.overdue(), open.open()));
    }
    return inputs;
  }

  /**
   * Per organisation: {overdue and not done at {@code at}, done late among those due in the period}.
   * Work done after {@code at} counts as not done then, so a past period is judged as it stood.
   */
  private Map<String, int[]> followUpCounts(Organization committee, Period period, Instant at) {
    Map<String, int[]> counts = new HashMap<>();
    for (FollowUp followUp : followUps.within(List.of(committee.path()))) {
      if (followUp.withdrawnAt() != null && !followUp.withdrawnAt().isAfter(at)) {
        continue;
      }
      Instant completed = followUp.completedAt() != null && !followUp.completedAt().isAfter(at) ? followUp.completedAt() : null;
      FollowUpStatus status = FollowUpStatus.of(followUp.deadline(), completed, null, at, TimeConfiguration.VIETNAM);
      int[] count = counts.computeIfAbsent(followUp.organizationCode(), code -> new int[2]);
      if (status == FollowUpStatus.OVERDUE) {
        count[0]++;
      } else if (status == FollowUpStatus.DONE_LATE && !followUp.deadline().isBefore(period.start())
          && !followUp.deadline().isAfter(period.end())) {
        count[1]++;
      }
    }
    return counts;
  }
}
