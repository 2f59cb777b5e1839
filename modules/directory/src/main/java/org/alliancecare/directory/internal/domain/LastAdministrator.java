package org.alliancecare.directory.internal.domain;

import org.alliancecare.kernel.BusinessRuleViolation;

/**
 * The change would leave no enabled administrator, and with that nobody who could manage accounts.
 */
public class LastAdministrator extends BusinessRuleViolation {

  public LastAdministrator() {
    super(
        "last-administrator",
        "This is the last enabled administrator; make another account an administrator first.");
  }
}
