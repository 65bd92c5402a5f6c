package vn.dondoc.platform.security;

/** The URL spaces the security configuration tells apart. */
final class SecurityPaths {

  static final String ENGINE_REST = "/engine-rest";
  static final String API = "/api";
  static final String WEBAPP = "/camunda";
  static final String LOGIN = "/login";

  private SecurityPaths() {
  }
}
