package vn.dondoc.followup;

/** The engine side of a follow-up: handing its open tasks to another person. */
public interface FollowUpTasks {

  /** Hands the follow-up's tasks to {@code userId}; the engine's history names {@code byUserId} as who did it. */
  void reassign(String processInstanceId, String userId, String byUserId);
}
