package org.alliancecare.patients.internal.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.alliancecare.patients.api.Sex;

/**
 * A child or adult seen by the program. Details change through {@link #edit}; a duplicate
 * registration ends through {@link #mergeInto}, after which it only points at its survivor.
 */
@Entity
@Table(name = "patient")
public class Patient {

  @Id private String id;

  @Version private long version;

  /** The name in Chinese characters or Latin; null when only the Uyghur name is known. */
  private String name;

  /** The search and sort key of the name shown: {@link #name}'s, else {@link #nameUg}'s. */
  @Column(name = "name_key", nullable = false)
  private String nameKey;

  @Column(name = "name_ug")
  private String nameUg;

  @Column(name = "name_ug_key")
  private String nameUgKey;

  @Column(name = "name_ug_latin")
  private String nameUgLatin;

  @Column(name = "name_ug_latin_key")
  private String nameUgLatinKey;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Sex sex;

  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  @Column(name = "national_id_sealed")
  private byte[] nationalIdSealed;

  @Column(name = "national_id_hash")
  private byte[] nationalIdHash;

  private String ethnicity;

  @Column(name = "place_code", nullable = false)
  private String placeCode;

  private String address;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "guardian", joinColumns = @JoinColumn(name = "patient_id"))
  @OrderColumn(name = "position")
  private List<Guardian> guardians = new ArrayList<>();

  @Column(name = "registered_at", nullable = false, updatable = false)
  @Convert(converter = InstantColumn.class)
  private Instant registeredAt;

  @Column(name = "registered_by", nullable = false, updatable = false)
  private String registeredBy;

  @Column(name = "changed_at", nullable = false)
  @Convert(converter = InstantColumn.class)
  private Instant changedAt;

  @Column(name = "merged_into")
  private String mergedInto;

  protected Patient() {}

  private Patient(String id, String registeredBy, Instant at) {
    this.id = id;
    this.registeredBy = registeredBy;
    this.registeredAt = at;
  }

  /** Registers a new patient with details already checked by {@link PatientDetails}. */
  public static Patient register(PatientDetails details, String by, Instant at) {
    Patient patient = new Patient(UUID.randomUUID().toString(), by, at);
    patient.apply(details, at);
    return patient;
  }

  /** Replaces the details; a merged duplicate no longer changes. */
  public void edit(PatientDetails details, Instant at) {
    if (mergedInto != null) {
      throw new PatientMergedAway(mergedInto);
    }
    apply(details, at);
  }

  private void apply(PatientDetails details, Instant at) {
    PersonName name = details.name();
    UyghurName nameUg = details.nameUg();
    this.name = name == null ? null : name.value();
    this.nameKey = name != null ? name.searchKey() : PersonName.searchKeyOf(nameUg.value());
    this.nameUg = nameUg == null ? null : nameUg.value();
    this.nameUgKey = nameUg == null ? null : nameUg.searchKey();
    this.nameUgLatin = nameUg == null ? null : nameUg.latin();
    this.nameUgLatinKey = nameUg == null ? null : nameUg.latinSearchKey();
    this.sex = details.sex();
    this.birthDate = details.birthDate();
    this.nationalIdSealed = details.nationalIdSealed();
    this.nationalIdHash = details.nationalIdHash();
    this.ethnicity = details.ethnicity();
    this.placeCode = details.placeCode();
    this.address = details.address();
    this.guardians.clear();
    this.guardians.addAll(details.guardians());
    this.changedAt = at;
  }

  /** Ends this registration as a duplicate of {@code survivor}. */
  public void mergeInto(Patient survivor, Instant at) {
    if (survivor.id.equals(id)) {
      throw new PatientMergeRefused("a patient cannot be merged into itself");
    }
    if (mergedInto != null) {
      throw new PatientMergeRefused("the duplicate was already merged");
    }
    if (survivor.mergedInto != null) {
      throw new PatientMergeRefused("the survivor was itself merged into another patient");
    }
    this.mergedInto = survivor.id;
    this.changedAt = at;
  }

  public String id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String name() {
    return name;
  }

  public String nameKey() {
    return nameKey;
  }

  public String nameUg() {
    return nameUg;
  }

  public String nameUgKey() {
    return nameUgKey;
  }

  public String nameUgLatin() {
    return nameUgLatin;
  }

  public Sex sex() {
    return sex;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  public Optional<byte[]> nationalIdSealed() {
    return Optional.ofNullable(nationalIdSealed);
  }

  public String ethnicity() {
    return ethnicity;
  }

  public String placeCode() {
    return placeCode;
  }

  public String address() {
    return address;
  }

  public List<Guardian> guardians() {
    return List.copyOf(guardians);
  }

  public Instant changedAt() {
    return changedAt;
  }

  public Instant registeredAt() {
    return registeredAt;
  }

  public String registeredBy() {
    return registeredBy;
  }

  public Optional<String> mergedInto() {
    return Optional.ofNullable(mergedInto);
  }
}
