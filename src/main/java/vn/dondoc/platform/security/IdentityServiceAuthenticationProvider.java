package vn.dondoc.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks user name and password against Camunda's identity service, so users, groups and
 * memberships live in the engine database and administrators manage them in Camunda Admin.
 * Each group becomes an authority {@code GROUP_<id>}, each tenant (directly or through a group)
 * {@code TENANT_<id>}: the engine's REST API takes them from there ({@link SignedInEngineUser}).
 * Repeated wrong passwords lock the user, as the identity service's login-attempt policy says.
 * A successful sign-in is reused for {@code dondoc.security.verified-credentials-ttl}
 * ({@link VerifiedCredentials}), for HTTP Basic clients that sign in with every call.
 */
@Component
class IdentityServiceAuthenticationProvider implements AuthenticationProvider {

  static final String GROUP_AUTHORITY_PREFIX = "GROUP_";
  static final String TENANT_AUTHORITY_PREFIX = "TENANT_";

  private final IdentityService identityService;
  private final VerifiedCredentials verified;

  IdentityServiceAuthenticationProvider(IdentityService identityService, Clock clock,
      @Value("${dondoc.security.verified-credentials-ttl}") Duration verifiedCredentialsTtl) {
    this.identityService = identityService;
    this.verified = new VerifiedCredentials(verifiedCredentialsTtl, clock);
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || userId.isBlank() || credentials == null) {
      throw badCredentials();
    }
    return verified.get(userId, credentials.toString(), () -> signIn(userId, credentials.toString()));
  }

  private Authentication signIn(String userId, String password) {
    if (!identityService.checkPassword(userId, password)) {
      throw badCredentials();
    }
    List<GrantedAuthority> authorities = Stream.concat(
            identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(group -> GROUP_AUTHORITY_PREFIX + group.getId()),
            identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
                .map(tenant -> TENANT_AUTHORITY_PREFIX + tenant.getId()))
        .map(authority -> (GrantedAuthority) new SimpleGrantedAuthority(authority))
        .toList();
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
  }

  private static BadCredentialsException badCredentials() {
    return new BadCredentialsException("Tên đăng nhập hoặc mật khẩu không đúng");
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
