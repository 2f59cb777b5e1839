package org.alliancecare.patients.internal.domain;

import org.alliancecare.kernel.NotAllowed;

/** Only doctors and coordinators record how a family wants reminders. */
public class NotAllowedToChangeReminders extends NotAllowed {

  public NotAllowedToChangeReminders() {
    super("only a doctor or a coordinator changes a family's reminder preference");
  }
}
