package org.alliancecare.audit.internal.domain;

import java.util.Iterator;
import java.util.List;
import org.alliancecare.audit.api.JournalEntry;
import org.alliancecare.audit.api.StreamHead;
import org.alliancecare.audit.api.Verification;
import org.alliancecare.audit.api.Verification.BrokenEntry;

/**
 * Recomputes hash chains. Entries arrive one at a time in stream order (type, id, then version and
 * seq), so the journal is checked in one pass holding only the previous entry; the first broken
 * entry ends the pass. Per stream it checks that versions start at 1 and go up by one, that each
 * {@code prevHash} is the previous entry's hash (64 zeros for the first), that {@code seq} grows
 * with the version, and that each hash is what the entry's fields hash to. Given the heads of a
 * checkpoint (in the same order, same scope), it also checks that each is still there with its
 * hash: a stream cut short or gone is reported even though what remains of it chains correctly.
 */
public final class JournalVerifier {

  private final List<StreamHead> checkpointHeads;
  private int nextHead;
  private StreamHead currentHead;
  private JournalEntry previous;
  private long entriesChecked;
  private long streamsChecked;

  private JournalVerifier(List<StreamHead> checkpointHeads) {
    this.checkpointHeads = checkpointHeads == null ? List.of() : checkpointHeads;
  }

  /** Verifies the entries, and the checkpoint's heads if any (both in stream order). */
  public static Verification verify(Iterator<JournalEntry> entries, List<StreamHead> heads) {
    JournalVerifier verifier = new JournalVerifier(heads);
    while (entries.hasNext()) {
      BrokenEntry broken = verifier.accept(entries.next());
      if (broken != null) {
        return verifier.result(broken);
      }
    }
    return verifier.result(verifier.finish());
  }

  private Verification result(BrokenEntry broken) {
    return new Verification(broken == null, entriesChecked, streamsChecked, broken);
  }

  private BrokenEntry accept(JournalEntry entry) {
    boolean newStream = previous == null || !sameStream(previous, entry);
    if (newStream) {
      if (previous != null
          && StreamOrder.compare(
                  previous.streamType(), previous.streamId(), entry.streamType(), entry.streamId())
              > 0) {
        throw new IllegalStateException("journal entries must arrive in stream order");
      }
      BrokenEntry endOfPrevious = endStream();
      if (endOfPrevious != null) {
        return endOfPrevious;
      }
      BrokenEntry missing = streamsMissingBefore(entry.streamType(), entry.streamId());
      if (missing != null) {
        return missing;
      }
      currentHead = headOf(entry.streamType(), entry.streamId());
      streamsChecked++;
    }
    entriesChecked++;
    BrokenEntry broken = check(newStream ? null : previous, entry);
    previous = entry;
    return broken;
  }

  private BrokenEntry check(JournalEntry before, JournalEntry entry) {
    if (before == null) {
      if (entry.streamVersion() != 1) {
        return broken(
            entry,
            "missing-start",
            "the stream starts at version " + entry.streamVersion() + ", not 1");
      }
      if (!HashChain.GENESIS.equals(entry.prevHash())) {
        return broken(
            entry,
            "prev-hash-mismatch",
            "the first entry of a stream must have 64 zeros as prevHash");
      }
    } else {
      if (entry.streamVersion() == before.streamVersion()) {
        return broken(
            entry,
            "duplicate-version",
            "version " + entry.streamVersion() + " occurs twice (seq " + before.seq() + " too)");
      }
      if (entry.streamVersion() != before.streamVersion() + 1) {
        return broken(
            entry,
            "version-gap",
            "version "
                + entry.streamVersion()
                + " follows version "
                + before.streamVersion()
                + "; the entries between are missing");
      }
      if (!before.hash().equals(entry.prevHash())) {
        return broken(
            entry,
            "prev-hash-mismatch",
            "prevHash is not the hash of version " + before.streamVersion());
      }
      if (entry.seq() <= before.seq()) {
        return broken(
            entry,
            "out-of-order",
            "seq "
                + entry.seq()
                + " is not after seq "
                + before.seq()
                + " of the version before it");
      }
    }
    if (!HashChain.hashOf(entry).equals(entry.hash())) {
      return broken(entry, "hash-mismatch", "the entry's fields do not hash to its stored hash");
    }
    if (currentHead != null
        && currentHead.streamVersion() == entry.streamVersion()
        && !currentHead.hash().equals(entry.hash())) {
      return broken(
          entry,
          "differs-from-checkpoint",
          "version " + entry.streamVersion() + " has another hash than in the checkpoint");
    }
    return null;
  }

  /** At the end of a stream: did it reach the checkpoint's head? */
  private BrokenEntry endStream() {
    if (previous != null
        && currentHead != null
        && previous.streamVersion() < currentHead.streamVersion()) {
      return new BrokenEntry(
          null,
          previous.streamType(),
          previous.streamId(),
          "truncated",
          "the checkpoint has version "
              + currentHead.streamVersion()
              + " of this stream, the journal ends at version "
              + previous.streamVersion());
    }
    currentHead = null;
    return null;
  }

  private BrokenEntry finish() {
    BrokenEntry end = endStream();
    if (end != null) {
      return end;
    }
    if (nextHead < checkpointHeads.size()) {
      return missingStream(checkpointHeads.get(nextHead));
    }
    return null;
  }

  /** Checkpoint heads of streams that sort before this one have no entries at all any more. */
  private BrokenEntry streamsMissingBefore(String streamType, String streamId) {
    if (nextHead < checkpointHeads.size()) {
      StreamHead head = checkpointHeads.get(nextHead);
      if (StreamOrder.compare(head.streamType(), head.streamId(), streamType, streamId) < 0) {
        return missingStream(head);
      }
    }
    return null;
  }

  private StreamHead headOf(String streamType, String streamId) {
    if (nextHead < checkpointHeads.size()) {
      StreamHead head = checkpointHeads.get(nextHead);
      if (StreamOrder.compare(head.streamType(), head.streamId(), streamType, streamId) == 0) {
        nextHead++;
        return head;
      }
    }
    return null;
  }

  private static BrokenEntry missingStream(StreamHead head) {
    return new BrokenEntry(
        null,
        head.streamType(),
        head.streamId(),
        "stream-missing",
        "the checkpoint has " + head.streamVersion() + " entries of this stream, the journal none");
  }

  private static boolean sameStream(JournalEntry a, JournalEntry b) {
    return a.streamType().equals(b.streamType()) && a.streamId().equals(b.streamId());
  }

  private static BrokenEntry broken(JournalEntry entry, String reason, String detail) {
    return new BrokenEntry(entry.seq(), entry.streamType(), entry.streamId(), reason, detail);
  }
}
