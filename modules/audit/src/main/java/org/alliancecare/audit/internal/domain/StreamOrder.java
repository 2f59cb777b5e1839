package org.alliancecare.audit.internal.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;

/**
 * The order of streams: by type, then id, each compared by the bytes of its UTF-8. It is the order
 * of the journal's {@code COLLATE "C"} columns, so that what the database sorts and what Java sorts
 * agree.
 */
public final class StreamOrder {

  private StreamOrder() {}

  public static final Comparator<String> TEXT =
      (a, b) ->
          Arrays.compareUnsigned(
              a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

  public static int compare(String typeA, String idA, String typeB, String idB) {
    int byType = TEXT.compare(typeA, typeB);
    return byType != 0 ? byType : TEXT.compare(idA, idB);
  }
}
