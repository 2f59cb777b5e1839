package org.alliancecare.app.internal.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.alliancecare.app.internal.http.Problem;
import org.alliancecare.app.internal.http.Problems;

/**
 * Runs what a page asks a facade to do and shows what the facade refused as a message in the page's
 * language: the same problem the API would answer ({@link Problems}), its {@code type} (a rule's
 * name such as {@code practitioner-double-booked}, or {@code not-found}, {@code stale-version}…)
 * looked up as {@code rule.<type>} or {@code problem.<type>} in the bundle, with the problem's
 * members filled in. Anything the API would answer with a 500 is not caught here: the error page
 * shows it.
 */
@ApplicationScoped
public class Feedback {

  @Inject Texts texts;

  /** The facade's answer, or empty when it refused (the refusal is on the page). */
  public <T> Optional<T> attempt(Supplier<T> action) {
    try {
      return Optional.ofNullable(action.get());
    } catch (RuntimeException refused) {
      show(understood(refused));
      return Optional.empty();
    }
  }

  /** Whether the facade did it; when not, the refusal is on the page. */
  public boolean attempt(Runnable action) {
    return attempt(
            () -> {
              action.run();
              return Boolean.TRUE;
            })
        .isPresent();
  }

  /** The problem the API would answer for this exception; rethrown when it is not understood. */
  public Problem understood(RuntimeException thrown) {
    return Problems.understood(thrown).orElseThrow(() -> thrown);
  }

  public void show(Problem problem) {
    texts.error(describe(problem));
    Object errors = problem.members().get("errors");
    if (errors instanceof List<?> fields) {
      for (Object field : fields) {
        if (field instanceof Map<?, ?> error) {
          String name = String.valueOf(error.get("field"));
          String label = texts.find("field." + name).orElse(name);
          texts.error(label + ": " + error.get("message"));
        }
      }
    }
  }

  /** One sentence in the page's language for the problem. */
  public String describe(Problem problem) {
    String type = String.valueOf(problem.members().get("type"));
    Optional<String> text = texts.find("rule." + type).or(() -> texts.find("problem." + type));
    if (text.isPresent()) {
      return Texts.fill(text.get(), problem.members());
    }
    Object detail = problem.members().get("detail");
    return texts.text("problem.other", type) + (detail == null ? "" : " " + detail);
  }
}
