package org.alliancecare.app.internal.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.stream.Collectors;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.Role;
import org.alliancecare.directory.api.SessionFacade;

/**
 * Validates bearer tokens against the directory's sessions: a valid token gives the account as the
 * caller and its roles as groups (which map one to one onto the roles of {@code @RolesAllowed}).
 */
@ApplicationScoped
public class BearerTokenIdentityStore implements IdentityStore {

  @Inject SessionFacade sessions;

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (!(credential instanceof BearerTokenCredential bearer)) {
      return CredentialValidationResult.NOT_VALIDATED_RESULT;
    }
    return sessions
        .callerFor(bearer.token())
        .map(BearerTokenIdentityStore::valid)
        .orElse(CredentialValidationResult.INVALID_RESULT);
  }

  private static CredentialValidationResult valid(Caller caller) {
    Set<String> groups = caller.roles().stream().map(Role::name).collect(Collectors.toSet());
    return new CredentialValidationResult(new AuthenticatedCaller(caller), groups);
  }
}
