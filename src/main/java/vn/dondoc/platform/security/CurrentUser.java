package vn.dondoc.platform.security;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;

/** The signed-in user as the application's controllers need him: his id and his engine groups. */
public final class CurrentUser {

  private CurrentUser() {
  }

  public static String id(Authentication authentication) {
    return authentication.getName();
  }

  public static Set<String> groupIds(Authentication authentication) {
    return authentication.getAuthorities().stream()
        .map(Object::toString)
        .filter(authority -> authority.startsWith(IdentityServiceAuthenticationProvider.GROUP_AUTHORITY_PREFIX))
        .map(authority -> authority.substring(IdentityServiceAuthenticationProvider.GROUP_AUTHORITY_PREFIX.length()))
        .collect(Collectors.toSet());
  }
}
