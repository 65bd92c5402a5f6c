package vn.dondoc.organization;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The engine's view of the registry: one group per organisation with its secretary and deputy
 * as members, one tenant per province or commune scope with its role groups, and the users named
 * as secretaries. Called inside the import's transaction, so both change together or not at all.
 */
public interface OrganizationIdentity {

  /**
   * @param created organisations new to the registry
   * @param updated organisations changed by the import, each with what it was before
   * @param people the users the import names, to create if they do not exist
   * @param tree the whole tree after the import, for ancestors
   */
  void apply(List<Organization> created, List<Change> updated, Collection<Person> people, Map<String, Organization> tree);

  /** The named users as people: name and e-mail, for exports. */
  Map<String, Person> people(Collection<String> userIds);

  /** An organisation before and after a change. */
  record Change(Organization before, Organization after) {
  }
}
