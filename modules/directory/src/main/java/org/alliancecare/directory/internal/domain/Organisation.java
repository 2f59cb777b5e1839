package org.alliancecare.directory.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;
import org.alliancecare.directory.api.OrganisationKind;

/** A hospital, school or centre, in the region (with a place) or in the donor province. */
@Entity
@Table(name = "organisation")
@NamedQuery(name = "Organisation.byKey", query = "SELECT o FROM Organisation o WHERE o.key = :key")
public class Organisation {

  /** Upper-case letters, digits and dashes, e.g. {@code AKS-H1}. */
  public static final Pattern KEY = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,31}");

  @Id private String id;

  @Column(name = "org_key", unique = true)
  private String key;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OrganisationKind kind;

  @Column(name = "name_zh", nullable = false)
  private String nameZh;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Column(name = "place_code")
  private String placeCode;

  @Column(nullable = false)
  private String province;

  @Column(name = "added_at", nullable = false, updatable = false)
  @Convert(converter = InstantColumn.class)
  private Instant addedAt;

  @Version private long version;

  protected Organisation() {}

  /** A new organisation; its arguments were checked by the directory. */
  public Organisation(
      String key,
      OrganisationKind kind,
      String nameZh,
      String nameEn,
      String placeCode,
      String province,
      Instant now) {
    this.id = UUID.randomUUID().toString();
    this.key = key;
    this.kind = kind;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.placeCode = placeCode;
    this.province = province;
    this.addedAt = now;
  }

  public String id() {
    return id;
  }

  public OrganisationKind kind() {
    return kind;
  }

  public org.alliancecare.directory.api.Organisation view() {
    return new org.alliancecare.directory.api.Organisation(
        id, key, kind, nameZh, nameEn, placeCode, province);
  }
}
