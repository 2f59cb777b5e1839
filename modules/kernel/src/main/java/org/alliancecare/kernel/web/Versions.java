package org.alliancecare.kernel.web;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import org.alliancecare.kernel.StaleVersion;

/**
 * A record's {@code version} as an HTTP entity tag: sent as {@code ETag}, expected back in {@code
 * If-Match} on every change.
 */
public final class Versions {

  private Versions() {}

  public static EntityTag etag(long version) {
    return new EntityTag(Long.toString(version));
  }

  /**
   * The version that the client's {@code If-Match} names. Missing → 428; one that cannot be a
   * version of ours matches nothing → 412.
   */
  public static long ifMatch(HttpHeaders headers) {
    String header = headers.getHeaderString(HttpHeaders.IF_MATCH);
    if (header == null || header.isBlank()) {
      throw new PreconditionRequired();
    }
    String tag = header.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    try {
      return Long.parseLong(tag);
    } catch (NumberFormatException e) {
      throw new StaleVersion(-1, -1);
    }
  }
}
