package vn.dondoc.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

class VerifiedCredentialsTest {

  static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");

  final AtomicInteger signIns = new AtomicInteger();
  Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  final VerifiedCredentials verified = new VerifiedCredentials(Duration.ofSeconds(30), new Clock() {
    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return clock.instant();
    }
  });

  Supplier<Authentication> signIn(String userId) {
    return () -> {
      signIns.incrementAndGet();
      return UsernamePasswordAuthenticationToken.authenticated(userId, null, List.of());
    };
  }

  Supplier<Authentication> refused() {
    return () -> {
      signIns.incrementAndGet();
      throw new BadCredentialsException("sai");
    };
  }

  @Test
  void theSamePasswordWithinTheTimeIsNotCheckedAgain() {
    Authentication first = verified.get("bithu", "mat-khau", signIn("bithu"));
    assertThat(verified.get("bithu", "mat-khau", signIn("bithu"))).isSameAs(first);
    assertThat(signIns).hasValue(1);
  }

  @Test
  void anotherPasswordIsCheckedAndAFailureForgetsTheUser() {
    verified.get("bithu", "mat-khau", signIn("bithu"));
    assertThatThrownBy(() -> verified.get("bithu", "doan-mo", refused())).isInstanceOf(BadCredentialsException.class);
    verified.get("bithu", "mat-khau", signIn("bithu"));
    assertThat(signIns).as("the good password is checked again after the failure").hasValue(3);
  }

  @Test
  void afterTheTimeTheIdentityServiceIsAskedAgain() {
    verified.get("bithu", "mat-khau", signIn("bithu"));
    clock = Clock.fixed(NOW.plusSeconds(30), ZoneOffset.UTC);
    verified.get("bithu", "mat-khau", signIn("bithu"));
    assertThat(signIns).hasValue(2);
  }

  @Test
  void usersAreKeptApart() {
    verified.get("bithu", "mat-khau", signIn("bithu"));
    assertThat(verified.get("phobithu", "mat-khau", signIn("phobithu")).getName()).isEqualTo("phobithu");
    assertThat(signIns).hasValue(2);
  }
}
