package org.alliancecare.interop.internal.imports;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancecare.interop.internal.imports.RowOutcome.StoredError;
import org.alliancecare.kernel.BusinessRuleViolation;
import org.alliancecare.kernel.InvalidInput.FieldError;
import org.alliancecare.kernel.ProblemTexts;

/**
 * A row's refusals as the importer stores them: the API's field errors and rules' sentences moved
 * onto the file's columns and said in the three languages. Bean Validation's refusals are named as
 * the API names them ({@code error.constraint.<Constraint>} with the constraint's attributes, or
 * the catalogue's sentence whose English is the message).
 */
final class RowErrors {

  private static final Pattern BUILT_IN =
      Pattern.compile("\\{jakarta\\.validation\\.constraints\\.([A-Za-z]+)\\.message\\}");
  private static final Map<String, List<String>> ARGUMENTS =
      Map.of(
          "Size", List.of("min", "max"),
          "Min", List.of("value"),
          "Max", List.of("value"),
          "Pattern", List.of("regexp"));

  private RowErrors() {}

  static StoredError of(long row, String column, FieldError error) {
    return new StoredError(
        row,
        column,
        error.messageIn(ProblemTexts.ENGLISH),
        error.messageIn(ProblemTexts.CHINESE),
        error.messageIn(ProblemTexts.UYGHUR));
  }

  static StoredError of(long row, String column, BusinessRuleViolation rule) {
    return new StoredError(
        row,
        column,
        rule.message(ProblemTexts.ENGLISH),
        rule.message(ProblemTexts.CHINESE),
        rule.message(ProblemTexts.UYGHUR));
  }

  /**
   * Field errors moved onto columns: {@code columnOf} names the column of a field (null: the row as
   * a whole), {@code header} the column as the file heads it.
   */
  static List<StoredError> of(
      long row,
      List<FieldError> errors,
      Function<String, String> columnOf,
      Function<String, String> header) {
    List<StoredError> stored = new ArrayList<>();
    for (FieldError error : errors) {
      String column = columnOf.apply(error.field());
      stored.add(of(row, column == null ? null : header.apply(column), error));
    }
    return stored;
  }

  @SuppressWarnings("deprecation") // the gettext way: the English names the sentence
  static FieldError fieldError(ConstraintViolation<?> violation) {
    String field = field(violation.getPropertyPath());
    String english = violation.getMessage();
    String template = violation.getMessageTemplate();
    Matcher builtIn = BUILT_IN.matcher(template == null ? "" : template);
    if (builtIn.matches()) {
      String key = "error.constraint." + builtIn.group(1);
      if (ProblemTexts.find(ProblemTexts.ENGLISH, key).isPresent()) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        List<String> arguments =
            ARGUMENTS.getOrDefault(builtIn.group(1), List.of()).stream()
                .map(name -> String.valueOf(attributes.get(name)))
                .toList();
        return new FieldError(field, english, key, arguments);
      }
    }
    return new FieldError(field, english);
  }

  /** A property path as the API names a field: {@code guardians[0].name}. */
  static String field(Path path) {
    StringBuilder field = new StringBuilder();
    Iterator<Path.Node> nodes = path.iterator();
    while (nodes.hasNext()) {
      Path.Node node = nodes.next();
      if (node.getName() == null) {
        continue;
      }
      if (field.length() > 0) {
        field.append('.');
      }
      field.append(node.getName());
      if (node.isInIterable() && node.getIndex() != null) {
        int dot = field.lastIndexOf(".");
        field.insert(dot, "[" + node.getIndex() + "]");
      }
    }
    return field.toString();
  }
}
