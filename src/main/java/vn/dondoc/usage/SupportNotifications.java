package vn.dondoc.usage;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.dondoc.notification.Notifier;
import vn.dondoc.organization.Organization;
import vn.dondoc.organization.OrganizationRepository;
import vn.dondoc.platform.time.VietnameseFormat;
import vn.dondoc.usage.SupportRules.Proposal;

/**
 * Tells the secretary of each branch that got new support pairs (the deputy when there is none):
 * one notification per branch per proposal, with how many, how many of them have no account on the
 * app yet, and a link to the branch's list.
 */
@Component
class SupportNotifications {

  static final String TEMPLATE = "usage-support-assigned";

  private final Notifier notifier;
  private final OrganizationRepository organizations;
  private final SupportRepository pairs;
  private final SupportSettings settings;

  SupportNotifications(Notifier notifier, OrganizationRepository organizations, SupportRepository pairs,
      SupportSettings settings) {
    this.notifier = notifier;
    this.organizations = organizations;
    this.pairs = pairs;
    this.settings = settings;
  }

  /** The dashboard page of the branch, at its support pairs: their counts and the list to download. */
  static String link(String branchCode) {
    return "/usage?organization=" + branchCode + "#support";
  }

  /** In the proposal's transaction: the notifications go or stay with the pairs. */
  void proposed(List<Proposal> proposals, Snapshot app) {
    Map<String, List<Proposal>> byBranch = proposals.stream()
        .collect(Collectors.groupingBy(p -> p.member().organizationCode(), TreeMap::new, Collectors.toList()));
    byBranch.forEach((code, made) -> {
      Organization branch = organizations.find(code).orElseThrow();
      if (branch.responsibleUserId() == null) {
        return;
      }
      notifier.notify(List.of(branch.responsibleUserId()), TEMPLATE, Map.of("branchName", branch.name(),
          "count", made.size(), "withYouthUnion", (int) made.stream().filter(p -> p.helper() == null).count(),
          "youthUnion", settings.youthUnion(), "asOf", VietnameseFormat.moment(app.asOf()),
          "missingFromApp", pairs.missingFromApp(app.id(), made.stream().map(p -> p.member().key()).toList())),
          link(code));
    });
  }
}
