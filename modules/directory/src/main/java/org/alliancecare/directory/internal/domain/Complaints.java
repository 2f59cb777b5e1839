package org.alliancecare.directory.internal.domain;

import java.util.ArrayList;
import java.util.List;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.InvalidInput.FieldError;

/** Collects every bad field of a request, so that one 400 names them all at once. */
public final class Complaints {

  private final List<FieldError> errors = new ArrayList<>();

  @SuppressWarnings("deprecation") // the gettext way: the English names the sentence
  public Complaints about(String field, String message) {
    errors.add(new FieldError(field, message));
    return this;
  }

  /** A complaint named by a key of the catalogue (its sentence in the caller's language). */
  public Complaints add(FieldError error) {
    errors.add(error);
    return this;
  }

  public Complaints when(boolean wrong, String field, String message) {
    if (wrong) {
      about(field, message);
    }
    return this;
  }

  public boolean hasAbout(String field) {
    return errors.stream().anyMatch(e -> e.field().equals(field));
  }

  /** Answers {@link InvalidInput} naming every complaint, if there is any. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }

  public static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
