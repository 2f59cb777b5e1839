package org.alliancecare.reliability;

import java.util.Locale;

/**
 * How much the harness does: {@code short} in every build, {@code long} with {@code
 * -Preliability-long} (system property {@code reliability.mode}).
 */
enum Mode {
  SHORT(3, 500, 250, 100, 2),
  LONG(20, 10_000, 1_000, 1_000, 4);

  /** Crash cycles: each stops the server or the database at a random moment under load. */
  final int crashCycles;

  /** Generated hostile requests per write endpoint. */
  final int hostilePerEndpoint;

  /** Random interleavings of concurrent conditional edits. */
  final int interleavings;

  /** Idempotency keys, each sent several times at once. */
  final int duplicateKeys;

  /** Client threads that send hostile requests side by side. */
  final int hostileThreads;

  Mode(
      int crashCycles,
      int hostilePerEndpoint,
      int interleavings,
      int duplicateKeys,
      int hostileThreads) {
    this.crashCycles = crashCycles;
    this.hostilePerEndpoint = hostilePerEndpoint;
    this.interleavings = interleavings;
    this.duplicateKeys = duplicateKeys;
    this.hostileThreads = hostileThreads;
  }

  static Mode current() {
    return valueOf(System.getProperty("reliability.mode", "short").toUpperCase(Locale.ROOT));
  }
}
