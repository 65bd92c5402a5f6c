package vn.dondoc.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.core.Authentication;

/**
 * Successful sign-ins, kept for a short time. An HTTP Basic client sends its password with every
 * call, and each check costs a password hash and the look-up of the user's groups and tenants —
 * more than the task list it asks for. Within {@code ttl} the same user with the same password gets
 * the same authentication back; any other password is checked by the identity service as always (so
 * wrong passwords still count towards the lock), and a failure forgets the user. What is kept is an
 * HMAC of user and password under a key made at start-up, never the password.
 *
 * <p>The price: a password change, a lock or a changed membership reaches a Basic client at most
 * {@code ttl} later.
 */
final class VerifiedCredentials {

  private record Entry(byte[] mac, Authentication authentication, Instant expires) {
  }

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final SecretKeySpec key;
  private final Duration ttl;
  private final Clock clock;

  VerifiedCredentials(Duration ttl, Clock clock) {
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    this.key = new SecretKeySpec(random, "HmacSHA256");
    this.ttl = ttl;
    this.clock = clock;
  }

  /** The kept authentication of this user and password, or {@code signIn}'s, kept if it succeeds. */
  Authentication get(String userId, String password, Supplier<Authentication> signIn) {
    byte[] mac = mac(userId, password);
    Entry entry = entries.get(userId);
    if (entry != null && MessageDigest.isEqual(entry.mac(), mac) && clock.instant().isBefore(entry.expires())) {
      return entry.authentication();
    }
    entries.remove(userId);
    Authentication authentication = signIn.get();
    if (!ttl.isZero()) {
      entries.put(userId, new Entry(mac, authentication, clock.instant().plus(ttl)));
    }
    return authentication;
  }

  private byte[] mac(String userId, String password) {
    try {
      Mac hmac = Mac.getInstance("HmacSHA256");
      hmac.init(key);
      hmac.update(userId.getBytes(StandardCharsets.UTF_8));
      hmac.update((byte) 0);
      return hmac.doFinal(password.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 không có trong JVM", e);
    }
  }
}
