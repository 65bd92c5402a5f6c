package vn.dondoc.usage;

/**
 * What the member database and the app's export disagree on, for one organisation or a subtree:
 * counted at the member database's organisation, except members the database does not have.
 */
record Discrepancies(long missingFromApp, long notInDatabase, long exemptNotInApp, long organizationMismatch) {

  static final Discrepancies ZERO = new Discrepancies(0, 0, 0, 0);

  Discrepancies plus(Discrepancies other) {
    return new Discrepancies(missingFromApp + other.missingFromApp, notInDatabase + other.notInDatabase,
        exemptNotInApp + other.exemptNotInApp, organizationMismatch + other.organizationMismatch);
  }

  long count(Discrepancy kind) {
    return switch (kind) {
      case MISSING_FROM_APP -> missingFromApp;
      case NOT_IN_DATABASE -> notInDatabase;
      case EXEMPT_NOT_IN_APP -> exemptNotInApp;
      case ORGANIZATION_MISMATCH -> organizationMismatch;
    };
  }
}
