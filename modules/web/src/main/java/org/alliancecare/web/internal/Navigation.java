package org.alliancecare.web.internal;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Where a page sends the browser after an action: outcomes that redirect (post/redirect/get). */
final class Navigation {

  private Navigation() {}

  /** The current page again, by a redirect that keeps its view parameters. */
  static String reload() {
    String view = FacesContext.getCurrentInstance().getViewRoot().getViewId();
    return view + "?faces-redirect=true&includeViewParams=true";
  }

  /**
   * A redirect to a page of the application, e.g. {@code to("/app/records/patient.xhtml", "id",
   * id)}.
   */
  static String to(String viewId, String... parameters) {
    StringBuilder outcome = new StringBuilder(viewId).append("?faces-redirect=true");
    for (int i = 0; i + 1 < parameters.length; i += 2) {
      outcome.append('&').append(parameters[i]).append('=').append(parameters[i + 1]);
    }
    return outcome.toString();
  }

  /**
   * Answers the page request with 404 (the error page in the user's language) when the record it
   * names is not named at all ({@code patient.xhtml} without an id); answers whether it did, so
   * that a view action can stop.
   */
  static boolean notFoundUnless(String id) {
    if (id != null && !id.isBlank()) {
      return false;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(404, "no record named");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
    return true;
  }

  /** Redirects at once (from a view action or a listener, where an outcome cannot be returned). */
  static void redirect(String path) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }
}
