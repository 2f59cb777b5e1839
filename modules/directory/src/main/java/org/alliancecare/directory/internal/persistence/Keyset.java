package org.alliancecare.directory.internal.persistence;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.Optional;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.PageRequest;

/**
 * Paging by a (name, id) key: the cursor is the last item's {@code name + U+0000 + id}, and the
 * next page starts after it.
 */
public final class Keyset {

  public static final char SEPARATOR = '\u0000';

  private Keyset() {}

  public static String key(String name, String id) {
    return name + SEPARATOR + id;
  }

  static Optional<Predicate> after(
      CriteriaBuilder cb, Expression<String> name, Expression<String> id, PageRequest page) {
    if (page.after() == null) {
      return Optional.empty();
    }
    int separator = page.after().lastIndexOf(SEPARATOR);
    if (separator < 0) {
      throw InvalidInput.of("cursor", "cursor-not-handed-out");
    }
    String lastName = page.after().substring(0, separator);
    String lastId = page.after().substring(separator + 1);
    return Optional.of(
        cb.or(
            cb.greaterThan(name, lastName),
            cb.and(cb.equal(name, lastName), cb.greaterThan(id, lastId))));
  }
}
