package org.alliancecare.rehabilitation.api;

/** The disabilities a rehabilitation program covers. */
public enum Condition {
  VISION,
  HEARING,
  SPEECH
}
