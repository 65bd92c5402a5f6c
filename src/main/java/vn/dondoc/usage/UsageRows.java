package vn.dondoc.usage;

import java.time.LocalDateTime;

/** The rows of the three files once checked, as they are stored. */
final class UsageRows {

  private UsageRows() {
  }

  /** One member in the app's statistics; {@code accessCount} is in the period of the export. */
  record AppMember(String key, String organizationCode, String name, boolean exempt, boolean activated,
      LocalDateTime lastAccess, int accessCount) {
  }

  /** One member of the member database; the optional facts are {@code null} when not given. */
  record DatabaseMember(String key, String organizationCode, String name, boolean exempt, Boolean probationary,
      Integer birthYear, Boolean ethnicMinority, Boolean smartphone) {
  }

  /** The app's aggregate figures of one organisation. */
  record OrganizationFigures(String organizationCode, int members, int exempt, int activated, int accessed, int regular) {
  }
}
