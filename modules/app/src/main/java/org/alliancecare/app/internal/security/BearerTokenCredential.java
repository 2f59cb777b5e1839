package org.alliancecare.app.internal.security;

import jakarta.security.enterprise.credential.Credential;

/** The bearer token of a request, as a credential for the identity store. */
public final class BearerTokenCredential implements Credential {

  private final String token;

  public BearerTokenCredential(String token) {
    this.token = token;
  }

  public String token() {
    return token;
  }

  /** Never shows the token. */
  @Override
  public String toString() {
    return "BearerTokenCredential";
  }
}
