package vn.dondoc.platform.security;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;

/**
 * The signed-in user as the application needs him: his id, and his engine groups and tenants as
 * they were when he signed in (a browser session keeps them until he signs in again; an HTTP Basic
 * client's are read again at least every {@code dondoc.security.verified-credentials-ttl}).
 */
public final class CurrentUser {

  private CurrentUser() {
  }

  public static String id(Authentication authentication) {
    return authentication.getName();
  }

  public static Set<String> groupIds(Authentication authentication) {
    return withPrefix(authentication, IdentityServiceAuthenticationProvider.GROUP_AUTHORITY_PREFIX);
  }

  public static Set<String> tenantIds(Authentication authentication) {
    return withPrefix(authentication, IdentityServiceAuthenticationProvider.TENANT_AUTHORITY_PREFIX);
  }

  private static Set<String> withPrefix(Authentication authentication, String prefix) {
    return authentication.getAuthorities().stream()
        .map(Object::toString)
        .filter(authority -> authority.startsWith(prefix))
        .map(authority -> authority.substring(prefix.length()))
        .collect(Collectors.toSet());
  }
}
