package vn.dondoc.organization.process;

/** Process variables every process shares about the organisation an instance concerns. */
public final class OrganizationProcessVariables {

  /** The code of the organisation the instance is about: decides its tenant and who may see it. */
  public static final String ORGANIZATION_CODE = "organizationCode";

  private OrganizationProcessVariables() {
  }
}
