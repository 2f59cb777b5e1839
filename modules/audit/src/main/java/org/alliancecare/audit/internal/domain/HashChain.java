package org.alliancecare.audit.internal.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;
import org.alliancecare.audit.api.JournalEntry;

/**
 * The hash chain of a stream. Entry {@code n} of a stream has {@code prevHash} = the hash of entry
 * {@code n-1} (64 zeros for the first) and {@code hash = SHA-256(prevHash ‖ canonical entry)} in
 * lower-case hex, where the canonical entry is the JSON object of every field but {@code seq} and
 * {@code hash}, keys sorted, instants in UTC with six fraction digits, and the payload embedded as
 * the canonical JSON text that is stored.
 */
public final class HashChain {

  /** The {@code prevHash} of the first entry of every stream. */
  public static final String GENESIS = "0".repeat(64);

  private static final Pattern NAME = Pattern.compile("[^\\p{Cntrl}]{1,200}");

  private HashChain() {}

  /** The stream's latest entry, as an append needs it: its version and hash. */
  public record Head(long version, String hash) {}

  /**
   * The entry that follows {@code head} (or starts the stream when it is {@code null}), hashed and
   * ready to store; its {@code seq} is 0 until the database assigns one.
   */
  public static JournalEntry next(
      Head head,
      String streamType,
      String streamId,
      String patientId,
      String eventType,
      String payload,
      String actor,
      Instant occurredAt,
      Instant recordedAt) {
    requireName(streamType, "streamType");
    requireName(streamId, "streamId");
    requireName(eventType, "eventType");
    requireName(actor, "actor");
    Objects.requireNonNull(payload, "payload");
    long version = head == null ? 1 : head.version() + 1;
    String prevHash = head == null ? GENESIS : head.hash();
    JournalEntry unhashed =
        new JournalEntry(
            0,
            streamType,
            streamId,
            version,
            patientId,
            eventType,
            payload,
            actor,
            CanonicalJson.micros(occurredAt),
            CanonicalJson.micros(recordedAt),
            prevHash,
            null);
    return new JournalEntry(
        0,
        streamType,
        streamId,
        version,
        patientId,
        eventType,
        payload,
        actor,
        unhashed.occurredAt(),
        unhashed.recordedAt(),
        prevHash,
        hashOf(unhashed));
  }

  /** The canonical form of an entry: every field but {@code seq} and {@code hash}. */
  public static String canonical(JournalEntry entry) {
    // keys in sorted order
    return "{\"actor\":"
        + CanonicalJson.string(entry.actor())
        + ",\"eventType\":"
        + CanonicalJson.string(entry.eventType())
        + ",\"occurredAt\":"
        + CanonicalJson.string(CanonicalJson.instant(entry.occurredAt()))
        + ",\"patientId\":"
        + CanonicalJson.string(entry.patientId())
        + ",\"payload\":"
        + entry.payload()
        + ",\"prevHash\":"
        + CanonicalJson.string(entry.prevHash())
        + ",\"recordedAt\":"
        + CanonicalJson.string(CanonicalJson.instant(entry.recordedAt()))
        + ",\"streamId\":"
        + CanonicalJson.string(entry.streamId())
        + ",\"streamType\":"
        + CanonicalJson.string(entry.streamType())
        + ",\"streamVersion\":"
        + entry.streamVersion()
        + "}";
  }

  /** What the entry's hash must be, recomputed from its other fields. */
  public static String hashOf(JournalEntry entry) {
    return sha256Hex(entry.prevHash() + canonical(entry));
  }

  public static String sha256Hex(String text) {
    return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /**
   * Names that identify a stream, an event type or an actor: 1 to 200 characters without control
   * characters (so that the tab and newline of a checkpoint's lines never occur in them).
   */
  static void requireName(String value, String what) {
    if (value == null || !NAME.matcher(value).matches()) {
      throw new IllegalArgumentException(
          what + " must be 1 to 200 characters without control characters");
    }
  }
}
