package org.alliancecare.app.internal.security;

import jakarta.security.enterprise.CallerPrincipal;
import org.alliancecare.directory.api.Caller;

/** The container's principal for a signed-in account, carrying the directory's {@link Caller}. */
public class AuthenticatedCaller extends CallerPrincipal {

  private final transient Caller caller;

  public AuthenticatedCaller(Caller caller) {
    super(caller.username());
    this.caller = caller;
  }

  public Caller caller() {
    return caller;
  }
}
