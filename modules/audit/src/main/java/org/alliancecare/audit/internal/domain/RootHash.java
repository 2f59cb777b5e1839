package org.alliancecare.audit.internal.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.alliancecare.audit.api.StreamHead;

/**
 * The root hash of a checkpoint: SHA-256 over one line per stream head, {@code streamType TAB
 * streamId TAB streamVersion TAB hash LF}, in {@link StreamOrder}. Heads are fed one at a time, so
 * a journal with many streams is digested without holding it.
 */
public final class RootHash {

  private final MessageDigest digest = HashChain.sha256();
  private StreamHead previous;
  private long entries;

  /** Adds the next head; heads must come in stream order, each stream once. */
  public RootHash add(StreamHead head) {
    if (previous != null
        && StreamOrder.compare(
                previous.streamType(), previous.streamId(), head.streamType(), head.streamId())
            >= 0) {
      throw new IllegalArgumentException(
          "stream heads must be in stream order, each stream once: "
              + head.streamType()
              + "/"
              + head.streamId());
    }
    String line =
        head.streamType()
            + '\t'
            + head.streamId()
            + '\t'
            + head.streamVersion()
            + '\t'
            + head.hash()
            + '\n';
    digest.update(line.getBytes(StandardCharsets.UTF_8));
    entries += head.streamVersion();
    previous = head;
    return this;
  }

  /** How many entries the heads added so far cover. */
  public long entries() {
    return entries;
  }

  /** The root hash in lower-case hex; the digest cannot be used after. */
  public String hex() {
    return HexFormat.of().formatHex(digest.digest());
  }
}
