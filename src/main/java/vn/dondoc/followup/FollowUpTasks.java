package vn.dondoc.followup;

/** The engine side of a follow-up: handing its open tasks to another person. */
public interface FollowUpTasks {

  void reassign(String processInstanceId, String userId);
}
