package vn.dondoc.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/**
 * The real SMTP server of the integration tests (GreenMail, in process, on a free port), one per
 * test JVM: every PostgreSQL test shares one Spring context, which sends its mail here. Tests tell
 * their mails apart by recipient.
 */
public final class TestSmtp {

  public static final int PORT = freePort();
  public static final String FROM = "dondoc@dondoc.example.vn";
  private static GreenMail server = start();

  private TestSmtp() {
  }

  public static GreenMail server() {
    return server;
  }

  /** The mails received so far with this address among their recipients, oldest first. */
  public static List<MimeMessage> mailsTo(String address) {
    return Arrays.stream(server.getReceivedMessages()).filter(message -> recipients(message).contains(address)).toList();
  }

  /** Every recipient of the mail ({@code To}, {@code Cc}), as addresses. */
  public static List<String> recipients(MimeMessage message) {
    try {
      return Arrays.stream(message.getAllRecipients()).map(Object::toString).toList();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Stops the server, for a test of mail while it is down; {@link #restart()} brings it back. */
  public static void stop() {
    server.stop();
  }

  public static void restart() {
    server = start();
  }

  private static GreenMail start() {
    GreenMail started = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    started.start();
    return started;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
