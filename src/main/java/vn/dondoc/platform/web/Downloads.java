package vn.dondoc.platform.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import vn.dondoc.platform.tabular.TabularFormat;

/** A file the browser saves under its name rather than shows. */
public final class Downloads {

  private Downloads() {
  }

  public static ResponseEntity<byte[]> file(String baseName, TabularFormat format, byte[] content) {
    return file(format.fileName(baseName), format.mediaType(), content);
  }

  public static ResponseEntity<byte[]> file(String fileName, String mediaType, byte[] content) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
        .header(HttpHeaders.CONTENT_TYPE, mediaType)
        .body(content);
  }

  /**
   * A file under a name its uploader chose, Vietnamese letters included: sent encoded (RFC 6266
   * {@code filename*=UTF-8''…}), since a header carries only ISO-8859-1 as it is.
   */
  public static ResponseEntity<byte[]> uploaded(String fileName, String mediaType, byte[] content) {
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
        .header(HttpHeaders.CONTENT_TYPE, mediaType)
        .body(content);
  }
}
