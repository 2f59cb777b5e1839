package org.alliancecare.app.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.alliancecare.app.internal.idempotency.IdempotencyStore;
import org.alliancecare.app.internal.idempotency.IdempotencyStore.StoredKey;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.directory.api.Role;
import org.alliancecare.kernel.RecordNotFound;

/**
 * {@code GET /api/idempotency-keys/{key}}: what a create sent with this key answered (status and
 * {@code Location}), so that a client that lost the response learns the server's id without sending
 * the request again. Only the caller's own keys; another account's key is answered like an unknown
 * one (404). The answer names a record's address, never its content, so it is not access-logged.
 */
@Path("idempotency-keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class IdempotencyKeysResource {

  @Inject IdempotencyStore store;
  @Inject CurrentCaller caller;

  @GET
  @Path("{key}")
  @RolesAllowed(Role.Names.SIGNED_IN)
  public StoredKey key(@PathParam("key") String key) {
    return store
        .find(caller.get().username(), key)
        .orElseThrow(() -> new RecordNotFound("idempotency-key"));
  }
}
