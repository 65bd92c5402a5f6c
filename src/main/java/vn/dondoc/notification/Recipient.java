package vn.dondoc.notification;

/** A user as notifications need him: his display name and e-mail address, either possibly absent. */
public record Recipient(String userId, String name, String email) {

  public Recipient {
    name = blankToNull(name);
    email = blankToNull(email);
  }

  public boolean hasEmail() {
    return email != null;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
