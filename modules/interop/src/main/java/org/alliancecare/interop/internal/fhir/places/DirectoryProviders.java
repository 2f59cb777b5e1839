package org.alliancecare.interop.internal.fhir.places;

import java.util.function.Consumer;
import java.util.function.Function;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;

/** Walking the directory's lists batch by batch, for the Bulk Data export. */
final class DirectoryProviders {

  private DirectoryProviders() {}

  /** Hands every item of a paged list to {@code sink}, a batch of 500 at a time. */
  static <T> void each(Function<PageRequest, Page<T>> list, Consumer<T> sink) {
    PageRequest page = PageRequest.first(PageRequest.MAX_LIMIT);
    while (page != null) {
      Page<T> batch = list.apply(page);
      batch.items().forEach(sink);
      page =
          batch.nextCursor() == null
              ? null
              : PageRequest.of(PageRequest.MAX_LIMIT, batch.nextCursor());
    }
  }
}
