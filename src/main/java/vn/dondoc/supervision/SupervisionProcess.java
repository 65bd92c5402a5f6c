package vn.dondoc.supervision;

/** The engine side of a supervision ({@code processes/supervision.bpmn}), behind a port. */
public interface SupervisionProcess {

  /** Starts the supervision's process in the caller's transaction; returns the process instance id. */
  String start(Supervision supervision);
}
