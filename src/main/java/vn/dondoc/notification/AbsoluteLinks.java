package vn.dondoc.notification;

import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes a path in the application an absolute URL with {@code dondoc.base-url}: an e-mail is read
 * outside the application, on a phone as often as not.
 */
@Component
class AbsoluteLinks {

  private static final Pattern ABSOLUTE = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*://.*");

  private final String baseUrl;

  AbsoluteLinks(@Value("${dondoc.base-url:http://localhost:8080}") String baseUrl) {
    this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
  }

  /** {@code null} for no link; an absolute URL is kept as it is. */
  String of(String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    String path = link.strip();
    if (ABSOLUTE.matcher(path).matches()) {
      return path;
    }
    return baseUrl + (path.startsWith("/") ? path : "/" + path);
  }
}
