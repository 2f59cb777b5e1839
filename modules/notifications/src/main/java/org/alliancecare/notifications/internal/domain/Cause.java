package org.alliancecare.notifications.internal.domain;

import java.util.Map;

/**
 * What a reminder is about: the record ({@code type}/{@code id}, its {@code number} as users know
 * it), the {@code occasion} that tells two reminders of one rule about it apart, the place whose
 * coordinators follow it, the page that shows it, and the fields its templates fill in ({@code
 * specialty}, if any, becomes {@code {department}} in each reader's language).
 */
public record Cause(
    String type,
    String id,
    String occasion,
    String number,
    String placeCode,
    String link,
    String specialty,
    Map<String, String> fields) {

  public Cause {
    fields = Map.copyOf(fields);
  }
}
