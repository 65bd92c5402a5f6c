package vn.dondoc.organization;

/**
 * A party organisation as the registry keeps it.
 *
 * @param path the codes from the root down to this one, {@code /TU-LC/DU-SLL/CB-BANMOI/}
 * @param scopeCode the nearest province or commune committee, this one included
 * @param secretaryUserId the user who completes the organisation's forms; the deputy stands in
 */
public record Organization(
    String code,
    String name,
    OrganizationType type,
    String parentCode,
    String path,
    String scopeCode,
    String address,
    boolean active,
    String secretaryUserId,
    String deputyUserId) {

  /** Prefix of the engine group whose members work an organisation's tasks: {@code org:<code>}. */
  public static final String GROUP_PREFIX = "org:";

  /** The engine group whose members work this organisation's tasks. */
  public static String groupId(String code) {
    return GROUP_PREFIX + code;
  }

  public String groupId() {
    return groupId(code);
  }

  /** Who answers for the organisation: the secretary, or the deputy when there is none. */
  public String responsibleUserId() {
    return secretaryUserId != null ? secretaryUserId : deputyUserId;
  }

  public boolean isWithin(String ancestorPath) {
    return path.startsWith(ancestorPath);
  }
}
