package vn.dondoc.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, from {@code DONDOC_ADMIN_USER} and {@code DONDOC_ADMIN_PASSWORD}.
 * With neither set, user {@code admin} is created with a random password printed once.
 */
@ConfigurationProperties("dondoc.admin")
record AdminProperties(String user, String password) {

  static final String DEFAULT_USER = "admin";

  boolean bothBlank() {
    return isBlank(user) && isBlank(password);
  }

  boolean oneBlank() {
    return isBlank(user) != isBlank(password);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
