package vn.dondoc.directive.process;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.dondoc.followup.FollowUpRepository;

/**
 * The fan-out's collection, {@code ${directiveRecipients.codes(directiveId)}}: read from the follow-up
 * rows publishing wrote, so thousands of codes never become a process variable.
 */
// Public: the expression language calls its method by reflection.
@Component("directiveRecipients")
public class DirectiveRecipients {

  private final FollowUpRepository followUps;

  DirectiveRecipients(FollowUpRepository followUps) {
    this.followUps = followUps;
  }

  public List<String> codes(Number directiveId) {
    return followUps.codes(directiveId.longValue());
  }
}
