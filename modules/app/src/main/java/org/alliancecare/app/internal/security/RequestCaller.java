package org.alliancecare.app.internal.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;
import java.util.Optional;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.directory.api.DataScope;
import org.alliancecare.directory.api.DirectoryFacade;

/**
 * The caller of the current HTTP request, as {@link BearerTokenMechanism} authenticated it. Its
 * data scope is computed once per request.
 */
@RequestScoped
public class RequestCaller implements CurrentCaller {

  @Inject HttpServletRequest request;
  @Inject DirectoryFacade directory;

  private DataScope scope;

  @Override
  public Caller get() {
    return find().orElseThrow(() -> new NotAuthorizedException("Bearer"));
  }

  @Override
  public Optional<Caller> find() {
    return request.getAttribute(BearerTokenMechanism.CALLER) instanceof Caller caller
        ? Optional.of(caller)
        : Optional.empty();
  }

  @Override
  public DataScope scope() {
    if (scope == null) {
      scope = directory.scopeOf(get());
    }
    return scope;
  }
}
