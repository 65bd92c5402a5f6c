package vn.dondoc.organization.process;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.dondoc.organization.Organization;
import vn.dondoc.organization.OrganizationIdentity;
import vn.dondoc.organization.Person;
import vn.dondoc.organization.ScopeRole;
import vn.dondoc.platform.security.Grants;
import vn.dondoc.platform.security.Passwords;

/**
 * Keeps Camunda's identity in step with the registry: group {@code org:<code>} per organisation
 * (secretary and deputy as members), and per province or commune a tenant with its four role
 * groups. Each role group holds wildcard read grants; the tenant check narrows them to the scope.
 * The province's role groups are members of each commune tenant below it, so they see the province.
 */
@Component
class CamundaOrganizationIdentity implements OrganizationIdentity {

  static final String ORGANIZATION_GROUP_TYPE = "ORGANIZATION";
  static final String ROLE_GROUP_TYPE = "WORKFLOW";
  /** Ids per IN list, well below every database's limit. */
  private static final int CHUNK = 500;

  private final IdentityService identity;
  private final AuthorizationService authorizations;

  CamundaOrganizationIdentity(IdentityService identity, AuthorizationService authorizations) {
    this.identity = identity;
    this.authorizations = authorizations;
  }

  @Override
  public void apply(List<Organization> created, List<Change> updated, Collection<Person> people,
      Map<String, Organization> tree) {
    createMissingUsers(people);
    for (Organization organization : created) {
      saveGroup(identity.newGroup(organization.groupId()), organization.name(), ORGANIZATION_GROUP_TYPE);
      if (organization.type().isScope()) {
        createScope(organization, tree);
      }
      identity.createTenantGroupMembership(organization.scopeCode(), organization.groupId());
      members(organization).forEach(userId -> identity.createMembership(userId, organization.groupId()));
    }
    for (Change change : updated) {
      update(change.before(), change.after());
    }
  }

  @Override
  public Map<String, Person> people(Collection<String> userIds) {
    Map<String, Person> people = new HashMap<>();
    List<String> ids = List.copyOf(new LinkedHashSet<>(userIds));
    for (int from = 0; from < ids.size(); from += CHUNK) {
      for (User user : identity.createUserQuery()
          .userIdIn(ids.subList(from, Math.min(ids.size(), from + CHUNK)).toArray(String[]::new)).list()) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
            + (user.getLastName() == null ? "" : user.getLastName())).trim();
        people.put(user.getId(), new Person(user.getId(), name, user.getEmail()));
      }
    }
    return people;
  }

  private void update(Organization before, Organization after) {
    if (!before.name().equals(after.name())) {
      Group group = identity.createGroupQuery().groupId(after.groupId()).singleResult();
      saveGroup(group, after.name(), ORGANIZATION_GROUP_TYPE);
      if (after.type().isScope()) {
        renameScope(after);
      }
    }
    if (!before.scopeCode().equals(after.scopeCode())) {
      identity.deleteTenantGroupMembership(before.scopeCode(), after.groupId());
      identity.createTenantGroupMembership(after.scopeCode(), after.groupId());
    }
    Set<String> old = members(before);
    Set<String> now = members(after);
    old.stream().filter(userId -> !now.contains(userId)).forEach(userId -> identity.deleteMembership(userId, after.groupId()));
    now.stream().filter(userId -> !old.contains(userId)).forEach(userId -> identity.createMembership(userId, after.groupId()));
  }

  private void createScope(Organization scope, Map<String, Organization> tree) {
    Tenant tenant = identity.newTenant(scope.code());
    tenant.setName(scope.name());
    identity.saveTenant(tenant);
    for (ScopeRole role : ScopeRole.values()) {
      String groupId = role.groupId(scope.code());
      saveGroup(identity.newGroup(groupId), role.groupName(scope.name()), ROLE_GROUP_TYPE);
      grantRole(role, groupId);
      identity.createTenantGroupMembership(scope.code(), groupId);
    }
    Organization parent = scope.parentCode() == null ? null : tree.get(scope.parentCode());
    if (parent != null) {
      for (ScopeRole role : ScopeRole.values()) {
        identity.createTenantGroupMembership(scope.code(), role.groupId(parent.scopeCode()));
      }
    }
  }

  private void renameScope(Organization scope) {
    Tenant tenant = identity.createTenantQuery().tenantId(scope.code()).singleResult();
    tenant.setName(scope.name());
    identity.saveTenant(tenant);
    for (ScopeRole role : ScopeRole.values()) {
      saveGroup(identity.createGroupQuery().groupId(role.groupId(scope.code())).singleResult(),
          role.groupName(scope.name()), ROLE_GROUP_TYPE);
    }
  }

  /**
   * Wildcard grants, narrowed to the scope by the tenant check. Party-building staff also start
   * processes and reassign tasks; the other bodies read.
   */
  private void grantRole(ScopeRole role, String groupId) {
    boolean staff = role == ScopeRole.PARTY_BUILDING;
    Grants.grant(authorizations, groupId, Resources.TASK, Authorization.ANY,
        staff ? new Permission[] {Permissions.READ, Permissions.UPDATE} : new Permission[] {Permissions.READ});
    Grants.grant(authorizations, groupId, Resources.PROCESS_INSTANCE, Authorization.ANY,
        staff ? new Permission[] {Permissions.READ, Permissions.CREATE} : new Permission[] {Permissions.READ});
    if (staff) {
      Grants.grant(authorizations, groupId, Resources.PROCESS_DEFINITION, Authorization.ANY,
          ProcessDefinitionPermissions.CREATE_INSTANCE);
    }
    Grants.grant(authorizations, groupId, Resources.HISTORIC_PROCESS_INSTANCE, Authorization.ANY,
        HistoricProcessInstancePermissions.READ);
    Grants.grant(authorizations, groupId, Resources.HISTORIC_TASK, Authorization.ANY, HistoricTaskPermissions.READ);
    Grants.grant(authorizations, groupId, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
  }

  private void createMissingUsers(Collection<Person> people) {
    if (people.isEmpty()) {
      return;
    }
    Set<String> existing = people(people.stream().map(Person::userId).toList()).keySet();
    for (Person person : people) {
      if (!existing.contains(person.userId())) {
        User user = identity.newUser(person.userId());
        String name = person.fullName() == null ? person.userId() : person.fullName().trim();
        int lastSpace = name.lastIndexOf(' ');
        // Vietnamese names end with the given name: "Nguyễn Văn" + "An".
        user.setFirstName(lastSpace < 0 ? "" : name.substring(0, lastSpace));
        user.setLastName(lastSpace < 0 ? name : name.substring(lastSpace + 1));
        user.setEmail(person.email());
        // Nobody knows this password: an administrator sets the real one in Camunda Admin.
        user.setPassword(Passwords.random());
        identity.saveUser(user);
      }
    }
  }

  private void saveGroup(Group group, String name, String type) {
    group.setName(name);
    group.setType(type);
    identity.saveGroup(group);
  }

  private static Set<String> members(Organization organization) {
    Set<String> members = new LinkedHashSet<>();
    members.add(organization.secretaryUserId());
    members.add(organization.deputyUserId());
    members.removeIf(Objects::isNull);
    return members;
  }
}
