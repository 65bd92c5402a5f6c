package vn.dondoc.platform.tabular;

import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 (skipping a byte order mark) chunk by chunk and refuses anything else. Old Excel
 * versions save CSV in Windows-1258/1252; replacing those bytes silently would import mangled
 * Vietnamese names, so the first bad byte stops the read and the user is told which line to look
 * at.
 */
final class StrictUtf8Reader extends Reader {

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final byte[] content;
  private final ByteBuffer input;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private boolean decoded;
  private boolean flushed;

  StrictUtf8Reader(byte[] content) {
    this.content = content;
    int start = hasBom(content) ? BOM.length : 0;
    this.input = ByteBuffer.wrap(content, start, content.length - start);
  }

  private static boolean hasBom(byte[] content) {
    return content.length >= BOM.length
        && content[0] == BOM[0] && content[1] == BOM[1] && content[2] == BOM[2];
  }

  /** Callers must offer room for at least two chars, the size of a surrogate pair. */
  @Override
  public int read(char[] buffer, int offset, int length) {
    if (length < 2) {
      throw new IllegalArgumentException("Read at least two chars at a time");
    }
    CharBuffer output = CharBuffer.wrap(buffer, offset, length);
    if (!decoded) {
      CoderResult result = decoder.decode(input, output, true);
      if (result.isError()) {
        throw notUtf8(input.position());
      }
      decoded = result.isUnderflow();
    }
    if (decoded && !flushed) {
      flushed = decoder.flush(output).isUnderflow();
    }
    int count = output.position() - offset;
    return count == 0 && flushed ? -1 : count;
  }

  private TabularFormatException notUtf8(int badByte) {
    return TabularFormatException.of("Tệp không phải mã UTF-8 (lỗi ở dòng " + lineOf(badByte)
        + "). Hãy lưu lại tệp CSV với mã UTF-8.");
  }

  /** Counts line breaks the way {@link CsvParser} does: LF, CRLF or a lone CR. */
  private int lineOf(int position) {
    int line = 1;
    for (int i = 0; i < position; i++) {
      if (content[i] == '\n' || (content[i] == '\r' && (i + 1 >= content.length || content[i + 1] != '\n'))) {
        line++;
      }
    }
    return line;
  }

  @Override
  public void close() {
    // Nothing to release: the bytes belong to the caller.
  }
}
