package org.alliancecare.web.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.alliancecare.web.api.Refusals;

/**
 * Runs what a page asks a facade to do and shows what the facade refused as a message in the page's
 * language: the same problem the API would answer ({@link Refusals}), its {@code type} (a rule's
 * name such as {@code practitioner-double-booked}, or {@code not-found}, {@code stale-version}…)
 * looked up as {@code rule.<type>} or {@code problem.<type>} in the bundle, with the problem's
 * members filled in. Anything the API would answer with a 500 is not caught here: the error page
 * shows it.
 */
@ApplicationScoped
public class Feedback {

  @Inject Texts texts;
  @Inject Refusals refusals;

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
  public Refusal understood(RuntimeException thrown) {
    return refusals.understood(thrown, texts.locale()).map(Refusal::new).orElseThrow(() -> thrown);
  }

  public void show(Refusal problem) {
    texts.error(describe(problem));
    Object errors = problem.members().get("errors");
    if (errors instanceof List<?> fields) {
      for (Object field : fields) {
        if (field instanceof Map<?, ?> error) {
          String name = String.valueOf(error.get("field"));
          Object message = error.get("message");
          texts.fieldError(
              name, fieldSentence(name, message == null ? null : message.toString(), texts::find));
        }
      }
    }
  }

  /**
   * What is wrong with a facade's field, in the page's language and named by its label: {@code
   * field.<name>} and {@code fieldError.<name>} from the bundle, where the name is the field's
   * (e.g. {@code measurements.rightEye.uncorrected.value}) or the nearest field that contains it
   * ({@code measurements.rightEye.uncorrected}); an index ({@code guardians[0].name}) counts as the
   * list ({@code guardians.name}). Where the bundle has no hint for the field, the problem's own
   * sentence says what is wrong: it comes in the page's language ({@link Refusals#understood(
   * Throwable, java.util.Locale)} leaves out the few sentences that have no translation), and only
   * then the generic {@code validation.invalid}.
   */
  static String fieldSentence(
      String field, String problemMessage, Function<String, Optional<String>> find) {
    String label = nearest("field.", field, find).orElseGet(() -> find.apply("field.other").get());
    String message =
        nearest("fieldError.", field, find)
            .or(() -> Optional.ofNullable(problemMessage).filter(text -> !text.isBlank()))
            .orElseGet(() -> find.apply("validation.invalid").get());
    return label + ": " + message;
  }

  /** The same without the problem's sentence (a field that only the bundle describes). */
  static String fieldSentence(String field, Function<String, Optional<String>> find) {
    return fieldSentence(field, null, find);
  }

  /** The text of the field or of the nearest field that contains it. */
  static Optional<String> nearest(
      String prefix, String field, Function<String, Optional<String>> find) {
    String name = field.replaceAll("\\[[0-9]+\\]", "");
    while (!name.isEmpty()) {
      Optional<String> text = find.apply(prefix + name);
      if (text.isPresent()) {
        return text;
      }
      int dot = name.lastIndexOf('.');
      name = dot < 0 ? "" : name.substring(0, dot);
    }
    return Optional.empty();
  }

  /** One sentence in the page's language for the problem. */
  public String describe(Refusal problem) {
    String type = problem.type();
    Optional<String> text = texts.find("rule." + type).or(() -> texts.find("problem." + type));
    if (text.isPresent()) {
      return texts.fillForPage(text.get(), problem.members());
    }
    Object detail = problem.members().get("detail");
    return texts.text("problem.other", type) + (detail == null ? "" : " " + detail);
  }
}
