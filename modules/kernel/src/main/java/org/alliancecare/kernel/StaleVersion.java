package org.alliancecare.kernel;

/** The client changed a record on the strength of a version that is no longer current (412). */
public class StaleVersion extends RuntimeException {

  private final long expected;
  private final long current;

  public StaleVersion(long expected, long current) {
    super("expected version " + expected + " but the record is at " + current, null, false, false);
    this.expected = expected;
    this.current = current;
  }

  /** Refuses the change unless the record is still at the version the client saw. */
  public static void requireCurrent(long expected, long current) {
    if (expected != current) {
      throw new StaleVersion(expected, current);
    }
  }

  public long expected() {
    return expected;
  }

  public long current() {
    return current;
  }
}
