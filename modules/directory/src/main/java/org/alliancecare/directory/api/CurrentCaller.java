package org.alliancecare.directory.api;

import java.util.Optional;

/**
 * The caller of the current request, for REST resources of every module to inject and hand to their
 * facade: {@code facade.find(id, currentCaller.get())}. It serves HTTP requests only: code that
 * runs outside one (timers, observers, startup) receives the caller as an argument or acts as
 * {@code system}.
 */
public interface CurrentCaller {

  /**
   * The signed-in caller; an anonymous request answers 401 ({@code
   * jakarta.ws.rs.NotAuthorizedException}).
   */
  Caller get();

  /** The signed-in caller, if the request carries a valid bearer token. */
  Optional<Caller> find();

  /** The data scope of the signed-in caller (see {@link DirectoryFacade#scopeOf(Caller)}). */
  DataScope scope();
}
