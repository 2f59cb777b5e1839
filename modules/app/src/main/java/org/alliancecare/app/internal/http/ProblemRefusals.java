package org.alliancecare.app.internal.http;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.alliancecare.web.api.Refusals;

/**
 * The web UI's reading of a refusal: the members of the problem the API answers ({@link Problems}),
 * in the page's language when the page gives it.
 */
@ApplicationScoped
public class ProblemRefusals implements Refusals {

  @Override
  public Optional<Map<String, Object>> understood(Throwable thrown) {
    return Problems.understood(thrown).map(Problem::members);
  }

  @Override
  public Optional<Map<String, Object>> understood(Throwable thrown, Locale language) {
    return Problems.understood(thrown, language).map(Problem::membersForPages);
  }
}
