package vn.dondoc.platform.web;

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
}
