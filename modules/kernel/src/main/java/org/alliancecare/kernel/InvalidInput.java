package org.alliancecare.kernel;

import java.util.List;

/**
 * Input that the domain refuses although it was well-formed (e.g. an identity number whose check
 * character is wrong). Answered 400 with every bad field named.
 */
public class InvalidInput extends RuntimeException {

  private final transient List<FieldError> errors;

  public InvalidInput(List<FieldError> errors) {
    super("invalid input", null, false, false);
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("an invalid input names at least one field");
    }
    this.errors = List.copyOf(errors);
  }

  public InvalidInput(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** One bad field and what is wrong with it, in words a person can act on. */
  public record FieldError(String field, String message) {}
}
