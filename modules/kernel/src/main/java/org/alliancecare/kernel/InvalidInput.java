package org.alliancecare.kernel;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Input that the domain refuses although it was well-formed (e.g. an identity number whose check
 * character is wrong). Answered 400 with every bad field named, in the caller's language: each
 * {@link FieldError} names its sentence by a key of the {@link ProblemTexts} catalogue.
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

  /**
   * One bad field with a sentence that has no key: it reads the same in every language.
   *
   * @deprecated English on Chinese and Uyghur pages; use {@link #of(String, String, Object...)}.
   */
  @Deprecated
  public InvalidInput(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  /** One bad field, its sentence named by a catalogue key with its arguments. */
  public static InvalidInput of(String field, String key, Object... arguments) {
    return new InvalidInput(List.of(FieldError.of(field, key, arguments)));
  }

  public List<FieldError> errors() {
    return errors;
  }

  /**
   * One bad field and what is wrong with it, in words a person can act on. {@code message} is the
   * English sentence (what the API answers an English caller); {@code key} and {@code arguments}
   * name the sentence in the catalogue, so that {@link #messageIn(Locale)} says it in another
   * language. Two errors are equal when they name the same field with the same English sentence.
   */
  public record FieldError(String field, String message, String key, List<String> arguments) {

    public FieldError {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(message, "message");
      arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    /**
     * An error given by its English sentence, the gettext way: when the catalogue has an error with
     * exactly this English (and no arguments), that is its key and it is said in every language;
     * otherwise it reads English in every language.
     *
     * @deprecated a sentence built with arguments has no key; use {@link #of(String, String,
     *     Object...)}.
     */
    @Deprecated
    public FieldError(String field, String message) {
      this(field, message, ErrorSentences.keyOfEnglish(message), List.of());
    }

    /**
     * The error named by a catalogue key ({@code error.} is prepended when the key has no prefix,
     * e.g. {@code "required"} → {@code error.required}); the arguments fill {@code {0}}, {@code
     * {1}}… verbatim.
     */
    public static FieldError of(String field, String key, Object... arguments) {
      String qualified = key.startsWith("error.") ? key : "error." + key;
      List<String> values = ErrorSentences.strings(arguments);
      return new FieldError(
          field, ErrorSentences.fill(ErrorSentences.english(qualified), values), qualified, values);
    }

    /** The same error about another field, e.g. a nested document's field under its parent. */
    public FieldError about(String otherField) {
      return new FieldError(otherField, message, key, arguments);
    }

    /** The sentence in the language (the English one when the error has no key). */
    public String messageIn(Locale language) {
      if (key == null) {
        return message;
      }
      return ProblemTexts.text(language, key, arguments);
    }

    /** Whether the sentence is in the catalogue (and so exists in every language). */
    public boolean translated() {
      return key != null;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof FieldError that
          && field.equals(that.field)
          && message.equals(that.message);
    }

    @Override
    public int hashCode() {
      return Objects.hash(field, message);
    }
  }
}
