package org.alliancecare.launcher;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The passwords and tokens that whole-application tests used, so that {@link NoSecretsInLogIT} can
 * look for every one of them in the application's log.
 */
final class Secrets {

  private static final Set<String> USED = new LinkedHashSet<>();

  private Secrets() {}

  static synchronized String remember(String secret) {
    USED.add(secret);
    return secret;
  }

  static synchronized Set<String> used() {
    return Set.copyOf(USED);
  }
}
