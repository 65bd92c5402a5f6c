package vn.dondoc.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Tells Camunda's REST filter who calls: the user Spring Security signed in, with the groups and
 * tenants read at sign-in ({@link IdentityServiceAuthenticationProvider}). Camunda's own
 * container-based provider names only the user, and the filter then queries his groups and tenants
 * again on every call — two engine queries of the few milliseconds a task list may take.
 * The filter instantiates this class by name, hence public.
 */
public class SignedInEngineUser implements AuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
      return AuthenticationResult.unsuccessful();
    }
    AuthenticationResult result = AuthenticationResult.successful(CurrentUser.id(authentication));
    result.setGroups(List.copyOf(CurrentUser.groupIds(authentication)));
    result.setTenants(List.copyOf(CurrentUser.tenantIds(authentication)));
    return result;
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    // Spring Security answers unauthenticated calls before this filter runs.
  }
}
