package vn.dondoc.platform.security;

import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Two chains:
 * <ul>
 *   <li>{@code /engine-rest/**} and {@code /api/**}: HTTP Basic (Camunda Modeler, scripts) or the
 *       browser session of the application's pages; unauthenticated calls get 401, never a redirect.
 *       CSRF tokens are required of session calls, not of calls carrying their own credentials.</li>
 *   <li>everything else: form login on {@code /login} in Vietnamese, which also signs the user in to
 *       Tasklist, Cockpit and Admin; only the login page, static assets and {@code /actuator/health}
 *       are public.</li>
 * </ul>
 * Passwords are checked by {@link IdentityServiceAuthenticationProvider} against the engine's users.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

  static final String REALM = "Don doc";

  @Bean
  @Order(1)
  SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
    BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
    basic.setRealmName(REALM);
    RequestMatcher withoutOwnCredentials = request -> request.getHeader("Authorization") == null;
    PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
    // Explicit path matchers: the engine REST API is a Jersey servlet, which MVC matchers do not see.
    http.securityMatcher(new OrRequestMatcher(
            paths.matcher(SecurityPaths.ENGINE_REST + "/**"), paths.matcher(SecurityPaths.API + "/**")))
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(httpBasic -> httpBasic.authenticationEntryPoint(basic))
        .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(basic))
        .requestCache(cache -> cache.disable())
        .csrf(csrf -> csrf.requireCsrfProtectionMatcher(
            new AndRequestMatcher(CsrfFilter.DEFAULT_CSRF_MATCHER, withoutOwnCredentials)));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain browserChain(HttpSecurity http) throws Exception {
    PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
    RequestMatcher webappApi = paths.matcher(SecurityPaths.WEBAPP + "/api/**");
    RequestMatcher logout = new OrRequestMatcher(
        paths.matcher(HttpMethod.POST, "/logout"),
        paths.matcher(HttpMethod.POST, SecurityPaths.WEBAPP + "/api/admin/auth/user/*/logout"));
    http.authorizeHttpRequests(requests -> requests
            .requestMatchers(SecurityPaths.LOGIN, "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error").permitAll()
            .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
            .anyRequest().authenticated())
        .formLogin(form -> form.loginPage(SecurityPaths.LOGIN).defaultSuccessUrl("/", false))
        .logout(out -> out.logoutRequestMatcher(logout).logoutSuccessUrl(SecurityPaths.LOGIN + "?logout"))
        // The webapps' API is guarded by Camunda's own CSRF filter (X-XSRF-TOKEN), which the
        // webapps speak; Spring's token protects the application's pages and forms.
        .csrf(csrf -> csrf.ignoringRequestMatchers(webappApi))
        .exceptionHandling(exceptions -> exceptions
            .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), webappApi));
    return http.build();
  }
}
