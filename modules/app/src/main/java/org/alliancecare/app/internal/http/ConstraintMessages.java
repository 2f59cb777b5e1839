package org.alliancecare.app.internal.http;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancecare.kernel.InvalidInput.FieldError;
import org.alliancecare.kernel.ProblemTexts;

/**
 * Bean Validation's refusals as field errors of the catalogue. The English message stays the one
 * the validator wrote (what the API has always answered); the sentence in another language is
 * {@code error.constraint.<Constraint>} with the constraint's attributes as arguments (e.g. {@code
 * Size}: {@code {0}} min, {@code {1}} max), or — for a message written on the annotation, such as
 * {@code "must be a phone number"} — the catalogue's error whose English is that message (the
 * gettext way: the English is the key).
 */
final class ConstraintMessages {

  private static final Pattern BUILT_IN =
      Pattern.compile("\\{jakarta\\.validation\\.constraints\\.([A-Za-z]+)\\.message\\}");

  /** The attributes that each built-in constraint's sentence names, in argument order. */
  private static final Map<String, List<String>> ARGUMENTS =
      Map.of(
          "Size", List.of("min", "max"),
          "Min", List.of("value"),
          "Max", List.of("value"),
          "DecimalMin", List.of("value"),
          "DecimalMax", List.of("value"),
          "Pattern", List.of("regexp"));

  private ConstraintMessages() {}

  static List<FieldError> fieldErrors(ConstraintViolationException violations) {
    List<FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
      errors.add(fieldError(Problems.fieldOf(violation.getPropertyPath()), violation));
    }
    errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
    return errors;
  }

  @SuppressWarnings("deprecation") // the gettext way: the English names the sentence
  static FieldError fieldError(String field, ConstraintViolation<?> violation) {
    String english = violation.getMessage();
    String template = violation.getMessageTemplate();
    Matcher builtIn = BUILT_IN.matcher(template == null ? "" : template);
    if (builtIn.matches()) {
      String constraint = builtIn.group(1);
      String key = "error.constraint." + constraint;
      if (ProblemTexts.find(ProblemTexts.ENGLISH, key).isPresent()) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        List<String> arguments =
            ARGUMENTS.getOrDefault(constraint, List.of()).stream()
                .map(name -> String.valueOf(attributes.get(name)))
                .toList();
        return new FieldError(field, english, key, arguments);
      }
    }
    return new FieldError(field, english);
  }
}
