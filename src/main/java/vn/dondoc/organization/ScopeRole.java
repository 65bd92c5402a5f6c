package vn.dondoc.organization;

import java.util.Optional;

/**
 * The bodies of a province or commune committee that serve its whole subtree. Each has one engine
 * group per scope, {@code <prefix>:<scope code>}; administrators put staff into these groups in
 * Camunda Admin.
 */
public enum ScopeRole {
  PARTY_BUILDING("xdd", "Ban Xây dựng Đảng"),
  PARTY_OFFICE("vp", "Văn phòng Đảng ủy"),
  INSPECTION("ubkt", "Ủy ban Kiểm tra"),
  STANDING("tt", "Thường trực");

  private final String prefix;
  private final String label;

  ScopeRole(String prefix, String label) {
    this.prefix = prefix;
    this.label = label;
  }

  public String groupId(String scopeCode) {
    return prefix + ":" + scopeCode;
  }

  public String groupName(String scopeName) {
    return label + " - " + scopeName;
  }

  /** The role and scope a group id stands for, if it is a scope role group. */
  public static Optional<Scoped> of(String groupId) {
    for (ScopeRole role : values()) {
      if (groupId.startsWith(role.prefix + ":")) {
        return Optional.of(new Scoped(role, groupId.substring(role.prefix.length() + 1)));
      }
    }
    return Optional.empty();
  }

  public record Scoped(ScopeRole role, String scopeCode) {
  }
}
