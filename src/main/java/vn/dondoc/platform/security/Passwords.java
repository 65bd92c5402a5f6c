package vn.dondoc.platform.security;

import java.security.SecureRandom;
import java.util.Base64;

/** Random initial passwords: there is no fixed default password anywhere in Đôn đốc. */
public final class Passwords {

  private static final SecureRandom RANDOM = new SecureRandom();

  private Passwords() {
  }

  public static String random() {
    byte[] bytes = new byte[15];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
