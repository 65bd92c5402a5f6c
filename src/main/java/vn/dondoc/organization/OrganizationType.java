package vn.dondoc.organization;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.dondoc.platform.tabular.VietnameseText;

/**
 * The kinds of party organisation, with the Vietnamese names import files use. Province and
 * commune committees are <em>scopes</em>: their staff, office, inspection and standing committees
 * serve everything below them, and their processes form one engine tenant.
 */
public enum OrganizationType {
  PROVINCE_COMMITTEE("Tỉnh ủy", true, List.of("Đảng bộ tỉnh", "Thành ủy")),
  ORGANIZATION_BOARD("Ban Tổ chức", false, List.of("Ban Tổ chức Tỉnh ủy")),
  COMMUNE_COMMITTEE("Đảng ủy xã, phường", true, List.of("Đảng ủy xã", "Đảng ủy phường", "Đảng ủy đặc khu")),
  GRASSROOTS_COMMITTEE("Đảng bộ cơ sở", false, List.of()),
  GRASSROOTS_BRANCH("Chi bộ cơ sở", false, List.of()),
  SUBORDINATE_BRANCH("Chi bộ trực thuộc", false, List.of());

  private final String label;
  private final boolean scope;
  private final List<String> aliases;

  OrganizationType(String label, boolean scope, List<String> aliases) {
    this.label = label;
    this.scope = scope;
    this.aliases = aliases;
  }

  public String label() {
    return label;
  }

  public boolean isScope() {
    return scope;
  }

  /** Branches hold members, not other organisations. */
  public boolean isBranch() {
    return this == GRASSROOTS_BRANCH || this == SUBORDINATE_BRANCH;
  }

  /** The types this one may sit under; empty for a type that may be a root. */
  public Set<OrganizationType> allowedParents() {
    return switch (this) {
      case PROVINCE_COMMITTEE -> EnumSet.noneOf(OrganizationType.class);
      case ORGANIZATION_BOARD -> EnumSet.of(PROVINCE_COMMITTEE);
      case COMMUNE_COMMITTEE -> EnumSet.of(PROVINCE_COMMITTEE);
      case GRASSROOTS_COMMITTEE, GRASSROOTS_BRANCH -> EnumSet.of(COMMUNE_COMMITTEE, PROVINCE_COMMITTEE);
      case SUBORDINATE_BRANCH -> EnumSet.of(GRASSROOTS_COMMITTEE);
    };
  }

  /** A root of the tree: a province, or a commune registered without its province. */
  public boolean mayBeRoot() {
    return this == PROVINCE_COMMITTEE || this == COMMUNE_COMMITTEE;
  }

  /** Reads a type as people write it: the label or an alias, with or without diacritics. */
  public static Optional<OrganizationType> parse(String text) {
    String folded = VietnameseText.fold(text);
    for (OrganizationType type : values()) {
      if (VietnameseText.fold(type.label).equals(folded) || type.name().equalsIgnoreCase(text.trim())
          || type.aliases.stream().map(VietnameseText::fold).anyMatch(folded::equals)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
