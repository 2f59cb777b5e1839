package org.alliancecare.notifications.internal.domain;

import java.util.Optional;

/** The families of patients, as reminders reach them (the patients module answers). */
public interface Families {

  /**
   * How the family of a child is reached: the child's name as the family knows it in {@code
   * language} (zh-CN or ug-CN), a phone or null, and whether they opted out of reminders.
   */
  record Family(String childName, String phone, String language, boolean optedOut) {}

  /** The family of the patient; empty for an unknown patient. */
  Optional<Family> of(String patientId);
}
