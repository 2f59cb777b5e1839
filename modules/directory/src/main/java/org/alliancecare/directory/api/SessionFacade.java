package org.alliancecare.directory.api;

import java.util.Optional;

/**
 * Sign-in and bearer tokens. A refused sign-in says nothing about why: a wrong password, an unknown
 * user, a disabled or a locked account all answer the same, and take about the same time.
 */
public interface SessionFacade {

  /** A new session for these credentials, or empty when they are refused. */
  Optional<SignedIn> signIn(String username, String password);

  /**
   * The caller whose valid session this token opens, or empty when it is unknown, expired, revoked,
   * or its account is disabled.
   */
  Optional<Caller> callerFor(String token);

  /** Ends the session of this token; nothing happens for an unknown one. */
  void signOut(String token);
}
