package org.alliancecare.reliability;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.alliancecare.testing.DemoAccounts;

/**
 * The accounts the harness signs in as, through one address (a node, or the cluster's load
 * balancer): the demo accounts, {@code admin}, and accounts it creates; each one's session kept
 * while young enough to be in use.
 */
final class Accounts {

  private final URI base;
  private final String adminPassword;
  private final Map<String, Session> signedIn = new ConcurrentHashMap<>();
  private final Map<String, String> passwords = new ConcurrentHashMap<>();

  Accounts(URI base, String adminPassword) {
    this.base = base;
    this.adminPassword = adminPassword;
  }

  Http anonymous() {
    return new Http(base);
  }

  /**
   * A client signed in as the demo account (or {@code admin}, or an account of {@link
   * #createAccount}). Sessions end after {@link Harness#IDLE_MINUTES} unused, so one older than a
   * minute is replaced by a new one.
   */
  Http as(String username) {
    return signedIn
        .compute(
            username,
            (name, session) ->
                session == null || session.at().isBefore(Instant.now().minusSeconds(60))
                    ? new Session(signIn(name), Instant.now())
                    : session)
        .http();
  }

  /** Forgets every session (after a restart that took longer than the idle limit). */
  void forgetSessions() {
    signedIn.clear();
  }

  private record Session(Http http, Instant at) {}

  /** A new session of the account. */
  Http signIn(String username) {
    String password =
        username.equals("admin")
            ? adminPassword
            : passwords.containsKey(username)
                ? passwords.get(username)
                : DemoAccounts.password(username);
    Http.Answer session =
        anonymous()
            .post(
                "/api/session",
                "{\"username\": \"%s\", \"password\": \"%s\"}".formatted(username, password));
    if (session.status() != 200) {
      throw new IllegalStateException("could not sign in as " + username + ": " + session);
    }
    String token = session.json().getString("token");
    Traffic.sent(token);
    Traffic.sent(password);
    return anonymous().as(token);
  }

  /** Creates an account (as {@code admin}) that {@link #as} and {@link #signIn} then know. */
  void createAccount(String json, String username, String password) {
    Traffic.sent(password);
    Http.Answer created = as("admin").post("/api/accounts", json);
    if (created.status() != 201) {
      throw new IllegalStateException("could not create " + username + ": " + created);
    }
    passwords.put(username, password);
  }
}
