package vn.dondoc.organization;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.dondoc.platform.web.NotFound;

/**
 * Who sees which organisations, from the user's engine groups: administrators everything; a member
 * of {@code org:<code>} that organisation and what is below it; a member of a scope role group
 * ({@code xdd:<scope>}, {@code ubkt:<scope>}, ...) the whole scope.
 */
@Service
public class OrganizationAccess {

  public static final String ADMIN_GROUP = "camunda-admin";

  private final OrganizationRepository repository;

  OrganizationAccess(OrganizationRepository repository) {
    this.repository = repository;
  }

  public Visibility of(Collection<String> groupIds) {
    if (groupIds.contains(ADMIN_GROUP)) {
      return Visibility.ALL;
    }
    return new Visibility(false, Set.copyOf(repository.pathsOf(namedCodes(groupIds))));
  }

  /** The organisations the groups name ({@code org:<code>}, {@code xdd:<scope>}, ...), by code; not an administrator's "all". */
  public List<Organization> named(Collection<String> groupIds) {
    return namedCodes(groupIds).stream().sorted().map(repository::find).flatMap(Optional::stream).toList();
  }

  private static Set<String> namedCodes(Collection<String> groupIds) {
    Set<String> codes = new HashSet<>();
    for (String groupId : groupIds) {
      if (groupId.startsWith(Organization.GROUP_PREFIX)) {
        codes.add(groupId.substring(Organization.GROUP_PREFIX.length()));
      } else {
        ScopeRole.of(groupId).ifPresent(scoped -> codes.add(scoped.scopeCode()));
      }
    }
    return codes;
  }

  /** The organisation, if these groups may see it. */
  public Optional<Organization> visible(String code, Collection<String> groupIds) {
    return repository.find(code).filter(of(groupIds)::sees);
  }

  /** The organisation these groups see; otherwise a 404 that does not tell whether it exists. */
  public Organization seen(String code, Collection<String> groupIds) {
    return visible(code, groupIds).orElseThrow(() -> new NotFound("Không có tổ chức \"" + code + "\""));
  }

  /** Is the user an administrator, or a member of this body of this scope? */
  public static boolean hasRole(Collection<String> groupIds, String scopeCode, ScopeRole role) {
    return groupIds.contains(ADMIN_GROUP) || groupIds.contains(role.groupId(scopeCode));
  }

  /** May these groups import files and manage the tree: administrators and party-building staff. */
  public static boolean mayManage(Collection<String> groupIds) {
    return groupIds.contains(ADMIN_GROUP) || !partyBuildingScopes(groupIds).isEmpty();
  }

  /**
   * May these groups import files for this organisation: administrators, and the party-building
   * staff of a scope it lies within. Other groups that let the user see it do not count.
   */
  public boolean mayManage(Collection<String> groupIds, Organization organization) {
    return groupIds.contains(ADMIN_GROUP)
        || repository.pathsOf(partyBuildingScopes(groupIds)).stream().anyMatch(organization::isWithin);
  }

  private static List<String> partyBuildingScopes(Collection<String> groupIds) {
    return groupIds.stream().map(ScopeRole::of).flatMap(Optional::stream)
        .filter(scoped -> scoped.role() == ScopeRole.PARTY_BUILDING).map(ScopeRole.Scoped::scopeCode).toList();
  }
}
