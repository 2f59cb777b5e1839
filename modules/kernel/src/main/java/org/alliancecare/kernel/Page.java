package org.alliancecare.kernel;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** One page of a list: its items and the cursor of the next page ({@code null} on the last). */
public record Page<T>(List<T> items, String nextCursor) {

  public Page {
    items = List.copyOf(items);
  }

  /**
   * Cheap, and consistent with the record's {@code equals}: JSON-B (Yasson) puts every object it
   * writes into a hash set to detect cycles, and the record's own hash code walked every item and
   * everything in it (a timeline's journal payloads) once more per response.
   */
  @Override
  public int hashCode() {
    return 31 * items.size() + Objects.hashCode(nextCursor);
  }

  /** The same page with each item turned into what the caller answers. */
  public <R> Page<R> map(Function<? super T, ? extends R> mapping) {
    return new Page<>(items.stream().<R>map(mapping).toList(), nextCursor);
  }
}
