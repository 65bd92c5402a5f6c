package vn.dondoc.platform.security;

import jakarta.servlet.DispatcherType;
import java.util.Map;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Hands the user Spring Security authenticated on to the engine. Both filters run after Spring
 * Security's chain: the webapps (Tasklist, Cockpit, Admin) get a single sign-on from the
 * application's login page (Camunda's container-based provider, from the request's principal), and
 * every REST call runs with the caller's identity, groups and tenants ({@link SignedInEngineUser}),
 * so Camunda's authorizations apply to it.
 */
@Configuration(proxyBeanMethods = false)
class CamundaAuthenticationFilters {

  private static final int AFTER_SPRING_SECURITY = SecurityProperties.DEFAULT_FILTER_ORDER + 1;
  private static final Map<String, String> CONTAINER_PROVIDER = Map.of(
      ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, ContainerBasedAuthenticationProvider.class.getName());

  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappAuthenticationFilter() {
    var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setName("dondoc-webapp-sso");
    registration.setInitParameters(CONTAINER_PROVIDER);
    registration.setOrder(AFTER_SPRING_SECURITY);
    registration.addUrlPatterns(SecurityPaths.WEBAPP + "/app/*", SecurityPaths.WEBAPP + "/api/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("dondoc-engine-rest-identity");
    registration.setInitParameters(Map.of(
        ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM, SignedInEngineUser.class.getName()));
    registration.setOrder(AFTER_SPRING_SECURITY);
    registration.addUrlPatterns(SecurityPaths.ENGINE_REST + "/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    return registration;
  }
}
