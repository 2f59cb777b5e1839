package org.alliancecare.directory.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.alliancecare.directory.api.Origin;
import org.alliancecare.directory.api.PractitionerDetails;

/**
 * A doctor or therapist of the region (LOCAL) or on an aid tour (AID), with the organisation they
 * work at. The details were checked against {@link PractitionerRules} before they reach it.
 */
@Entity
@Table(name = "practitioner")
public class Practitioner {

  @Id private String id;

  @Column(nullable = false)
  private String name;

  /** The name as search compares it: NFC, middle-dot variants unified, lower case. */
  @Column(name = "search_name", nullable = false)
  private String searchName;

  @Column(nullable = false)
  private String specialty;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Origin origin;

  @Column(name = "organisation_id", nullable = false)
  private String organisationId;

  @Column(name = "home_organisation_id")
  private String homeOrganisationId;

  @Column(name = "tour_start")
  private LocalDate tourStart;

  @Column(name = "tour_end")
  private LocalDate tourEnd;

  @Column(name = "registered_at", nullable = false, updatable = false)
  @Convert(converter = InstantColumn.class)
  private Instant registeredAt;

  @Version private long version;

  protected Practitioner() {}

  public Practitioner(PractitionerDetails details, Instant now) {
    this.id = UUID.randomUUID().toString();
    this.registeredAt = now;
    describe(details);
  }

  /** Replaces what the record says. */
  public void describe(PractitionerDetails details) {
    this.name = normaliseName(details.name());
    this.searchName = searchable(details.name());
    this.specialty = details.specialty().strip();
    this.origin = details.origin();
    this.organisationId = details.organisationId();
    this.homeOrganisationId = details.homeOrganisationId();
    this.tourStart = details.tourStart();
    this.tourEnd = details.tourEnd();
  }

  /** NFC, with the middle-dot variants between name parts unified to U+00B7 (DOMAIN.md). */
  public static String normaliseName(String name) {
    String nfc = Normalizer.normalize(name.strip(), Normalizer.Form.NFC);
    return nfc.replaceAll("(?<=\\S)[•・．.\u2027\u30FB\uFF65](?=\\S)", "\u00B7");
  }

  public static String searchable(String text) {
    return normaliseName(text).toLowerCase(Locale.ROOT);
  }

  public String id() {
    return id;
  }

  public long version() {
    return version;
  }

  public org.alliancecare.directory.api.Practitioner view() {
    return new org.alliancecare.directory.api.Practitioner(
        id,
        name,
        specialty,
        origin,
        organisationId,
        homeOrganisationId,
        tourStart,
        tourEnd,
        version);
  }
}
