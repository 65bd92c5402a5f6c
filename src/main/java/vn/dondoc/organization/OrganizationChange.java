package vn.dondoc.organization;

import java.time.Instant;

/** One changed field of an organisation: who changed it, when, from what to what. */
public record OrganizationChange(String organizationCode, Field field, String oldValue, String newValue,
    String changedBy, Instant changedAt) {

  public enum Field {
    CREATED, NAME, TYPE, PARENT, ADDRESS, ACTIVE, SECRETARY, DEPUTY
  }
}
