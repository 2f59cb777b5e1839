package org.alliancecare.kernel;

import java.util.List;
import java.util.function.Function;

/** One page of a list: its items and the cursor of the next page ({@code null} on the last). */
public record Page<T>(List<T> items, String nextCursor) {

  public Page {
    items = List.copyOf(items);
  }

  /** The same page with each item turned into what the caller answers. */
  public <R> Page<R> map(Function<? super T, ? extends R> mapping) {
    return new Page<>(items.stream().<R>map(mapping).toList(), nextCursor);
  }
}
