package org.alliancecare.alliances.api;

import java.time.LocalDate;

/**
 * An alliance as clients see it, with its lead and the number of its members today.
 *
 * @param lead the current lead, or {@code null} while the alliance has none
 * @param version the record's version, also its ETag
 */
public record AllianceView(
    String id,
    String code,
    String nameZh,
    String nameEn,
    String specialty,
    LocalDate foundedOn,
    LeadView lead,
    int memberCount,
    long version) {

  /** Who leads the alliance, since when. */
  public record LeadView(String practitionerId, String name, LocalDate since) {}
}
