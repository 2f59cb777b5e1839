package org.alliancecare.patients.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.alliancecare.patients.internal.domain.IdentityNumberCipher;
import org.alliancecare.patients.internal.domain.ResidentIdNumber;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's identity-number cipher, keyed by {@code ALLIANCECARE_ID_KEY} (MicroProfile
 * Config {@code alliancecare.id.key}). A missing key fails the first use with a message saying how
 * to set one; the launcher provides one for the embedded database.
 */
@ApplicationScoped
public class IdentityNumbers {

  @Inject
  @ConfigProperty(name = "alliancecare.id.key")
  Optional<String> key;

  private volatile IdentityNumberCipher cipher;

  IdentityNumberCipher cipher() {
    IdentityNumberCipher current = cipher;
    if (current == null) {
      current = IdentityNumberCipher.fromBase64(key.orElse(null));
      cipher = current;
    }
    return current;
  }

  byte[] seal(ResidentIdNumber number) {
    return cipher().encrypt(number);
  }

  byte[] lookupHash(ResidentIdNumber number) {
    return cipher().lookupHash(number);
  }

  ResidentIdNumber open(byte[] stored) {
    return cipher().decrypt(stored);
  }

  /** The masked form of a sealed number: first 6 and last 4 characters. */
  String masked(byte[] stored) {
    return stored == null ? null : open(stored).masked();
  }
}
