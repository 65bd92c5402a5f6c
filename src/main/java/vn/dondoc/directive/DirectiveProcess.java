package vn.dondoc.directive;

/** The engine side of a directive, behind a port so the domain stays free of Camunda. */
public interface DirectiveProcess {

  /** Starts {@code directive-issuance} for a new directive; returns the process instance id. */
  String start(Directive directive, String scopeCode);

  /** Tells every running follow-up of the directive that its deadline changed. */
  void deadlineAmended(long directiveId);

  /** Ends every running follow-up of the directive as withdrawn, then the directive's own process. */
  void withdrawn(long directiveId);
}
