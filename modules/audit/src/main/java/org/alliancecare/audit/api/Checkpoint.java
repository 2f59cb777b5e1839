package org.alliancecare.audit.api;

import java.time.Instant;
import java.util.List;

/**
 * A digest of the journal at one moment, to be kept outside the system and posted back to {@code
 * POST /api/audit/verify} later: every stream's head, and {@code rootHash = SHA-256} over those
 * heads in stream order. Entries appended after it are allowed; an entry it covers that is gone or
 * different is reported.
 *
 * @param entries how many entries the heads cover (the sum of their versions)
 * @param heads every stream's head, ordered by stream type and id (bytes of their UTF-8)
 */
public record Checkpoint(Instant at, long entries, String rootHash, List<StreamHead> heads) {

  public Checkpoint {
    heads = heads == null ? null : List.copyOf(heads);
  }
}
