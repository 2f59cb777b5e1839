package org.alliancecare.rehabilitation.api;

/**
 * Where a case stands: ASSESSMENT → INTERVENTION → REHABILITATION → FOLLOW_UP → CLOSED. A case
 * moves forward only (a stage that does not apply may be passed over) and may be closed from any
 * stage, with an outcome.
 */
public enum Stage {
  ASSESSMENT,
  INTERVENTION,
  REHABILITATION,
  FOLLOW_UP,
  CLOSED;

  public boolean mayMoveTo(Stage target) {
    return this != CLOSED && target.ordinal() > ordinal();
  }

  public boolean isOpen() {
    return this != CLOSED;
  }
}
