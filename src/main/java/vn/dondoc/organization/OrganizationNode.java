package vn.dondoc.organization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An organisation with the organisations under it, as the API returns the tree. */
public record OrganizationNode(String code, String name, OrganizationType type, String typeLabel, String parentCode,
    String address, boolean active, String secretaryUserId, String deputyUserId, List<OrganizationNode> children) {

  static OrganizationNode leaf(Organization o) {
    return new OrganizationNode(o.code(), o.name(), o.type(), o.type().label(), o.parentCode(), o.address(), o.active(),
        o.secretaryUserId(), o.deputyUserId(), new ArrayList<>());
  }

  /** Builds the forest of the given organisations (in tree order): a node whose parent is not among them is a root. */
  static List<OrganizationNode> forest(List<Organization> organizations) {
    Map<String, OrganizationNode> nodes = new LinkedHashMap<>();
    List<OrganizationNode> roots = new ArrayList<>();
    for (Organization organization : organizations) {
      OrganizationNode node = leaf(organization);
      nodes.put(organization.code(), node);
      OrganizationNode parent = organization.parentCode() == null ? null : nodes.get(organization.parentCode());
      if (parent == null) {
        roots.add(node);
      } else {
        parent.children().add(node);
      }
    }
    return roots;
  }
}
