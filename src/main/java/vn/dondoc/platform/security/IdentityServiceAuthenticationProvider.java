package vn.dondoc.platform.security;

import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
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
 */
@Component
class IdentityServiceAuthenticationProvider implements AuthenticationProvider {

  static final String GROUP_AUTHORITY_PREFIX = "GROUP_";
  static final String TENANT_AUTHORITY_PREFIX = "TENANT_";

  private final IdentityService identityService;

  IdentityServiceAuthenticationProvider(IdentityService identityService) {
    this.identityService = identityService;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || userId.isBlank() || credentials == null
        || !identityService.checkPassword(userId, credentials.toString())) {
      throw new BadCredentialsException("Tên đăng nhập hoặc mật khẩu không đúng");
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

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
