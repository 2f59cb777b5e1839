package org.alliancecare.kernel;

import java.util.List;

/** One page of a list: its items and the cursor of the next page ({@code null} on the last). */
public record Page<T>(List<T> items, String nextCursor) {

  public Page {
    items = List.copyOf(items);
  }
}
