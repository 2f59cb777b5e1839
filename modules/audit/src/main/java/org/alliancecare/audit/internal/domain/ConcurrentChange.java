package org.alliancecare.audit.internal.domain;

import org.alliancecare.kernel.BusinessRuleViolation;

/**
 * Two transactions appended to the same stream at the same moment: the one that committed second
 * lost (the journal's unique stream version stops the chain from forking) and its whole change is
 * rolled back. Answered 409; the client reads the record again and repeats its change.
 */
public class ConcurrentChange extends BusinessRuleViolation {

  public ConcurrentChange(String streamType) {
    super(
        "concurrent-change",
        "This "
            + streamType
            + " was changed by someone else at the same moment; read it again and repeat your"
            + " change.");
  }
}
