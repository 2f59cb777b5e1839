package org.alliancecare.kernel;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * What page of a list a client asks for: {@code limit} (default 50, at most 500) items after the
 * opaque {@code cursor}. The cursor is the sort key of the last item handed out, so paging is by
 * key (no OFFSET) and stays correct while rows are added.
 */
public record PageRequest(int limit, String after) {

  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 500;
  private static final String CURSOR_PREFIX = "c";

  public PageRequest {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw InvalidInput.of("limit", "between-1-and", MAX_LIMIT);
    }
  }

  /** From the query parameters {@code limit} and {@code cursor}; either may be absent. */
  public static PageRequest of(Integer limit, String cursor) {
    return new PageRequest(limit == null ? DEFAULT_LIMIT : limit, decode(cursor));
  }

  public static PageRequest first(int limit) {
    return new PageRequest(limit, null);
  }

  /** The number of rows to fetch: one more than the page, to learn whether another page follows. */
  public int fetchSize() {
    return limit + 1;
  }

  /**
   * Cuts rows fetched with {@link #fetchSize()} into a page whose cursor is the sort key of its
   * last item.
   */
  public <T> Page<T> toPage(List<T> rows, Function<T, String> sortKey) {
    if (rows.size() <= limit) {
      return new Page<>(rows, null);
    }
    List<T> items = rows.subList(0, limit);
    return new Page<>(items, encode(sortKey.apply(items.get(limit - 1))));
  }

  /**
   * A cursor is {@code c} and the URL-safe Base64 of the key, so that even an empty key has one.
   */
  static String encode(String key) {
    return CURSOR_PREFIX
        + Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(key.getBytes(StandardCharsets.UTF_8));
  }

  static String decode(String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    if (!cursor.startsWith(CURSOR_PREFIX)) {
      throw InvalidInput.of("cursor", "cursor-not-handed-out");
    }
    try {
      return new String(
          Base64.getUrlDecoder().decode(cursor.substring(CURSOR_PREFIX.length())),
          StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw InvalidInput.of("cursor", "cursor-not-handed-out");
    }
  }
}
