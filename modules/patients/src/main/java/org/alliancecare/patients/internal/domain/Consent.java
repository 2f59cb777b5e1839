package org.alliancecare.patients.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alliancecare.patients.api.ConsentScope;

/**
 * A guardian's consent to process a minor's data for some scopes, from the day given until the day
 * withdrawn (PIPL art. 31). Withdrawing is the only change; the record stays.
 */
@Entity
@Table(name = "consent")
public class Consent {

  @Id private String id;

  @Version private long version;

  @Column(name = "patient_id", nullable = false)
  private String patientId;

  @Column(name = "guardian_name", nullable = false)
  private String guardianName;

  @Column(nullable = false)
  private String relationship;

  @Column(nullable = false)
  private String scopes;

  @Column(name = "given_on", nullable = false)
  private LocalDate givenOn;

  @Column(name = "withdrawn_on")
  private LocalDate withdrawnOn;

  @Column(name = "document_ref")
  private String documentRef;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  @Convert(converter = InstantColumn.class)
  private Instant recordedAt;

  @Column(name = "changed_at", nullable = false)
  @Convert(converter = InstantColumn.class)
  private Instant changedAt;

  protected Consent() {}

  public Consent(
      String patientId,
      PersonName guardianName,
      String relationship,
      Set<ConsentScope> scopes,
      LocalDate givenOn,
      String documentRef,
      String recordedBy,
      Instant recordedAt) {
    this.id = UUID.randomUUID().toString();
    this.patientId = patientId;
    this.guardianName = guardianName.value();
    this.relationship = relationship.strip();
    this.scopes = EnumSet.copyOf(scopes).stream().map(Enum::name).collect(Collectors.joining(","));
    this.givenOn = givenOn;
    this.documentRef = documentRef;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
    this.changedAt = recordedAt;
  }

  /**
   * Notes the time of a change (a withdrawal, a merge's move), for readers that exchange records by
   * change time.
   */
  public void changedAt(Instant at) {
    this.changedAt = at;
  }

  public Instant changedAt() {
    return changedAt;
  }

  /** Withdraws the consent from {@code on}; a consent is withdrawn once. */
  public void withdraw(LocalDate on) {
    if (withdrawnOn != null) {
      throw new ConsentAlreadyWithdrawn();
    }
    if (on.isBefore(givenOn)) {
      throw new org.alliancecare.kernel.InvalidInput("on", "cannot be before the day it was given");
    }
    this.withdrawnOn = on;
  }

  /** Whether it covers {@code scope} on {@code day}: given on or before it, not yet withdrawn. */
  public boolean covers(ConsentScope scope, LocalDate day) {
    return scopes().contains(scope) && isActiveOn(day);
  }

  /**
   * {@link #covers} for a consent read as its columns (scopes as stored, comma-separated), for a
   * reader that does not load the entity.
   */
  public static boolean covers(
      String scopes, LocalDate givenOn, LocalDate withdrawnOn, ConsentScope scope, LocalDate day) {
    return scopesOf(scopes).contains(scope) && isActiveOn(givenOn, withdrawnOn, day);
  }

  public boolean isActiveOn(LocalDate day) {
    return isActiveOn(givenOn, withdrawnOn, day);
  }

  private static boolean isActiveOn(LocalDate givenOn, LocalDate withdrawnOn, LocalDate day) {
    return !givenOn.isAfter(day) && (withdrawnOn == null || withdrawnOn.isAfter(day));
  }

  /** Moves the consent to the surviving patient of a merge. */
  public void transferTo(String survivorId) {
    this.patientId = survivorId;
  }

  public Set<ConsentScope> scopes() {
    return scopesOf(scopes);
  }

  private static Set<ConsentScope> scopesOf(String scopes) {
    return Arrays.stream(scopes.split(","))
        .map(ConsentScope::valueOf)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(ConsentScope.class)));
  }

  public String id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String patientId() {
    return patientId;
  }

  public String guardianName() {
    return guardianName;
  }

  public String relationship() {
    return relationship;
  }

  public LocalDate givenOn() {
    return givenOn;
  }

  public LocalDate withdrawnOn() {
    return withdrawnOn;
  }

  public String documentRef() {
    return documentRef;
  }
}
