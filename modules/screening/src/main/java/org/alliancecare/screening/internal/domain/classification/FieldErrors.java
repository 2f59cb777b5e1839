package org.alliancecare.screening.internal.domain.classification;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.alliancecare.kernel.InvalidInput;

/**
 * The bad fields of one screening, gathered so that a single {@link InvalidInput} names every one
 * of them at once.
 */
final class FieldErrors {

  private final List<InvalidInput.FieldError> errors = new ArrayList<>();

  /** An error given by its English sentence, said in every language when the catalogue has it. */
  @SuppressWarnings("deprecation") // the gettext way: the English names the sentence
  void add(String field, String message) {
    errors.add(new InvalidInput.FieldError(field, message));
  }

  void add(InvalidInput.FieldError error) {
    errors.add(error);
  }

  /**
   * Reads one part of the input; when it is refused, keeps what was wrong and answers {@code null}
   * so that the remaining parts are still checked.
   */
  <T> T read(Supplier<T> reading) {
    try {
      return reading.get();
    } catch (InvalidInput refused) {
      errors.addAll(refused.errors());
      return null;
    }
  }

  void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }
}
