package vn.dondoc.followup.process;

import java.util.Date;
import org.springframework.stereotype.Component;

/**
 * The timers of the deadline watch, {@code ${followUpSchedule.…(followUpId)}}: computed from the
 * follow-up's deadline and its directive's reminder settings, so an amended deadline moves them.
 */
// Public: the expression language calls its methods by reflection.
@Component("followUpSchedule")
public class FollowUpSchedule {

  private final FollowUpContext context;

  FollowUpSchedule(FollowUpContext context) {
    this.context = context;
  }

  public boolean hasReminder(Number followUpId) {
    var followUp = context.followUp(followUpId.longValue());
    return context.plan(followUp).next(context.now()).isPresent();
  }

  public Date nextReminder(Number followUpId) {
    var followUp = context.followUp(followUpId.longValue());
    return Date.from(context.plan(followUp).next(context.now())
        .orElseThrow(() -> new IllegalStateException("Không còn lần nhắc cho theo dõi " + followUpId)));
  }

  public Date overdueFrom(Number followUpId) {
    return Date.from(context.plan(context.followUp(followUpId.longValue())).overdueFrom());
  }
}
