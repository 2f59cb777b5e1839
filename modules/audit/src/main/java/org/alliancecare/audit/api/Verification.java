package org.alliancecare.audit.api;

/**
 * The outcome of a verification: whether every chain checked is intact and, if not, the first
 * broken entry in stream order.
 */
public record Verification(
    boolean verified, long entriesChecked, long streamsChecked, BrokenEntry firstBroken) {

  /**
   * Where a chain breaks.
   *
   * @param seq the broken entry, or {@code null} when the entry is missing (a stream of the
   *     checkpoint that is gone or cut short)
   * @param reason a short name of what is wrong, e.g. {@code hash-mismatch}, {@code version-gap}
   * @param detail the same in a sentence
   */
  public record BrokenEntry(
      Long seq, String streamType, String streamId, String reason, String detail) {}
}
