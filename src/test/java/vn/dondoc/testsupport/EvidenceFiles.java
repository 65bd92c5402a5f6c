package vn.dondoc.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each kind evidence may be, and some it may not. */
public final class EvidenceFiles {

  private EvidenceFiles() {
  }

  public static byte[] pdf() {
    return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
        .getBytes(StandardCharsets.US_ASCII);
  }

  public static byte[] png() {
    byte[] png = Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 64);
    png[20] = 1;
    return png;
  }

  /** A Word document as Office writes one: a ZIP with the content types and the document part. */
  public static byte[] docx() {
    return zip("[Content_Types].xml", "word/document.xml");
  }

  /** A ZIP that is no Office document. */
  public static byte[] zipOfText() {
    return zip("readme.txt");
  }

  /** An executable's first bytes. */
  public static byte[] exe() {
    return Arrays.copyOf(new byte[] {'M', 'Z', (byte) 0x90, 0}, 128);
  }

  /** A PDF of exactly this many bytes. */
  public static byte[] pdfOf(int bytes) {
    byte[] big = Arrays.copyOf(pdf(), bytes);
    Arrays.fill(big, pdf().length, bytes, (byte) ' ');
    return big;
  }

  private static byte[] zip(String... names) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String name : names) {
        zip.putNextEntry(new ZipEntry(name));
        zip.write("<?xml version=\"1.0\"?><x/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
