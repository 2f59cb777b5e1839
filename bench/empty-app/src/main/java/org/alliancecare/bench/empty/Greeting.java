package org.alliancecare.bench.empty;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The one resource: {@code GET /api/greeting}. */
@Path("greeting")
@RequestScoped
public class Greeting {

  @GET
  @Produces(MediaType.TEXT_PLAIN)
  public String greet() {
    return "ready";
  }
}
