package org.alliancecare.directory.internal.application;

import java.util.List;
import java.util.function.Function;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;

/** Cuts fetched rows into a page of views, the cursor taken from the rows' sort key. */
final class Pages {

  private Pages() {}

  static <E, V> Page<V> of(
      PageRequest request, List<E> rows, Function<E, String> sortKey, Function<E, V> view) {
    Page<E> page = request.toPage(rows, sortKey);
    return new Page<>(page.items().stream().map(view).toList(), page.nextCursor());
  }
}
