package vn.dondoc.inspection;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of evidence file accepted, recognised by their content: a renamed executable is not a
 * PDF because its name ends in {@code .pdf}. Office files are ZIP archives told apart by the names
 * in their central directory, read without inflating anything (a ZIP bomb costs nothing here).
 */
public enum EvidenceType {
  PDF("application/pdf", Set.of("pdf")),
  JPEG("image/jpeg", Set.of("jpg", "jpeg")),
  PNG("image/png", Set.of("png")),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Set.of("docx")),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Set.of("xlsx"));

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final int END_OF_DIRECTORY = 0x06054b50;
  private static final int DIRECTORY_ENTRY = 0x02014b50;
  private static final int MAX_ZIP_COMMENT = 0xffff;

  private final String mediaType;
  private final Set<String> extensions;

  EvidenceType(String mediaType, Set<String> extensions) {
    this.mediaType = mediaType;
    this.extensions = extensions;
  }

  public String mediaType() {
    return mediaType;
  }

  /** Does a file name end with one of this type's extensions? */
  public boolean named(String fileName) {
    return extensions.contains(extension(fileName));
  }

  static String extension(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** What the content is, if it is one of the accepted kinds. */
  public static Optional<EvidenceType> sniff(byte[] content) {
    if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
      return Optional.of(PDF);
    }
    if (startsWith(content, PNG_SIGNATURE)) {
      return Optional.of(PNG);
    }
    if (startsWith(content, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) {
      return Optional.of(JPEG);
    }
    if (startsWith(content, new byte[] {'P', 'K', 3, 4})) {
      List<String> names = zipEntryNames(content);
      if (names.contains("[Content_Types].xml")) {
        if (names.contains("word/document.xml")) {
          return Optional.of(DOCX);
        }
        if (names.contains("xl/workbook.xml")) {
          return Optional.of(XLSX);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
  }

  /** The names in a ZIP archive's central directory; empty if it has none that reads. */
  private static List<String> zipEntryNames(byte[] zip) {
    List<String> names = new ArrayList<>();
    int end = -1;
    for (int at = zip.length - 22; at >= Math.max(0, zip.length - 22 - MAX_ZIP_COMMENT); at--) {
      if (int32(zip, at) == END_OF_DIRECTORY) {
        end = at;
        break;
      }
    }
    if (end < 0) {
      return names;
    }
    int entries = int16(zip, end + 10);
    long at = int32(zip, end + 16) & 0xffffffffL;
    for (int entry = 0; entry < entries && at + 46 <= zip.length && int32(zip, (int) at) == DIRECTORY_ENTRY; entry++) {
      int start = (int) at;
      int nameLength = int16(zip, start + 28);
      if (start + 46 + nameLength > zip.length) {
        break;
      }
      names.add(new String(zip, start + 46, nameLength, StandardCharsets.UTF_8));
      at = start + 46L + nameLength + int16(zip, start + 30) + int16(zip, start + 32);
    }
    return names;
  }

  private static int int16(byte[] b, int at) {
    return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
  }

  private static int int32(byte[] b, int at) {
    return int16(b, at) | int16(b, at + 2) << 16;
  }
}
