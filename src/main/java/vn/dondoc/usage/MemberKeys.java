package vn.dondoc.usage;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Citizen id numbers (CCCD) are never stored: a member known only by one is keyed by the HMAC-SHA256
 * of its digits under {@code dondoc.usage.hash-key}, so the same number in the app's export and in
 * the member database gives the same key, while the number cannot be recovered without the key.
 */
@Component
class MemberKeys {

  static final String HASH_PREFIX = "cccd:";

  private final SecretKeySpec key;

  MemberKeys(UsageSettings settings) {
    this.key = new SecretKeySpec(settings.hashKey().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  /** The stored key of a member identified by a citizen id of 9 or 12 digits (checked by the caller). */
  String ofCitizenId(String digits) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HASH_PREFIX + HexFormat.of().formatHex(mac.doFinal(digits.getBytes(StandardCharsets.US_ASCII)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
