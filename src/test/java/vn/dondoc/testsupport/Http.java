package vn.dondoc.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A real HTTP client against the running application: Basic credentials for the APIs, or a
 * browser-like session (cookies, the login form and its CSRF token). Redirects are not followed,
 * so tests see what the server answered.
 */
public final class Http {

  private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  private final String baseUrl;
  private final HttpClient client;
  private String authorization;

  private Http(String baseUrl, HttpClient client) {
    this.baseUrl = baseUrl;
    this.client = client;
  }

  public static Http anonymous(int port) {
    return new Http("http://localhost:" + port, HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build());
  }

  public static Http basic(int port, String user, String password) {
    Http http = anonymous(port);
    http.authorization = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return http;
  }

  /** Signs in through the login page, as a browser does, and keeps the session cookie. */
  public static Http browser(int port, String user, String password) {
    Http http = new Http("http://localhost:" + port, HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER).cookieHandler(new CookieManager()).build());
    HttpResponse<String> login = http.postForm("/login", Map.of("username", user, "password", password,
        "_csrf", http.csrfToken("/login")));
    if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
      throw new IllegalStateException("Đăng nhập thất bại: " + login.statusCode() + " " + login.headers().map());
    }
    return http;
  }

  public String csrfToken(String page) {
    Matcher matcher = CSRF_FIELD.matcher(get(page, "text/html").body());
    if (!matcher.find()) {
      throw new IllegalStateException("Trang " + page + " không có mã CSRF");
    }
    return matcher.group(1);
  }

  public HttpResponse<String> get(String path) {
    return get(path, "application/json");
  }

  public HttpResponse<String> get(String path, String accept) {
    return send(request(path).header("Accept", accept).GET());
  }

  /** A download, as bytes; fails unless the answer is 200. */
  public byte[] getBytes(String path) {
    try {
      HttpResponse<byte[]> response = client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(path + " → " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> postJson(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  public HttpResponse<String> putJson(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  public HttpResponse<String> delete(String path) {
    return send(request(path).DELETE());
  }

  public HttpResponse<String> postForm(String path, Map<String, String> fields) {
    String body = fields.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** A file upload as a browser form sends it: one part named {@code file}. */
  public HttpResponse<String> postFile(String path, String fileName, byte[] content) {
    return postMultipart(path, Map.of(), List.of(new FilePart("file", fileName, content)));
  }

  /** A multipart/form-data POST, as Camunda Modeler sends a deployment: files named by their part. */
  public HttpResponse<String> postMultipart(String path, Map<String, String> fields, Map<String, byte[]> files) {
    return postMultipart(path, fields, files.entrySet().stream()
        .map(file -> new FilePart(file.getKey(), file.getKey(), file.getValue())).toList());
  }

  public record FilePart(String name, String fileName, byte[] content) {
  }

  /** A multipart/form-data POST with fields and files, several parts of one name allowed (a form's multiple file input). */
  public HttpResponse<String> postMultipart(String path, Map<String, String> fields, List<FilePart> files) {
    String boundary = "----dondoc" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try {
      for (Map.Entry<String, String> field : fields.entrySet()) {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
            + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
      }
      for (FilePart file : files) {
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.name() + "\"; filename=\""
            + file.fileName() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file.content());
        body.write("\r\n".getBytes(StandardCharsets.UTF_8));
      }
      body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
