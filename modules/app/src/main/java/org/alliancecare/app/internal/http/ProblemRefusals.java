package org.alliancecare.app.internal.http;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import org.alliancecare.web.api.Refusals;

/**
 * The web UI's reading of a refusal: the members of the problem the API answers ({@link Problems}).
 */
@ApplicationScoped
public class ProblemRefusals implements Refusals {

  @Override
  public Optional<Map<String, Object>> understood(Throwable thrown) {
    return Problems.understood(thrown).map(Problem::members);
  }
}
