package org.alliancecare.directory.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.regex.Pattern;
import org.alliancecare.directory.api.PlaceLevel;

/**
 * A place of the hierarchy. Its code is the GB/T 2260 code (six digits for county level and above,
 * twelve for townships and villages) or, until that is known, a local code: the county's code with
 * {@code -T} or {@code -V} and a number ({@code 652922-T01}).
 */
@Entity
@Table(name = "place")
@NamedQuery(name = "Place.all", query = "SELECT p FROM Place p")
public class Place {

  public static final Pattern CODE = Pattern.compile("[0-9]{6}([0-9]{6}|-[TV][0-9]{2,4})?");

  @Id private String code;

  @Column(name = "parent_code")
  private String parentCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PlaceLevel level;

  @Column(name = "name_zh", nullable = false)
  private String nameZh;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Column(name = "added_at", nullable = false, updatable = false)
  @Convert(converter = InstantColumn.class)
  private Instant addedAt;

  protected Place() {}

  /** A place below {@code parent}; the arguments were checked (see {@code PlaceRules}). */
  public Place(
      String code, Place parent, PlaceLevel level, String nameZh, String nameEn, Instant now) {
    if (!level.mayBeBelow(parent.level)) {
      throw new IllegalArgumentException(level + " cannot be below " + parent.level);
    }
    this.code = code;
    this.parentCode = parent.code;
    this.level = level;
    this.nameZh = nameZh;
    this.nameEn = nameEn;
    this.addedAt = now;
  }

  public String code() {
    return code;
  }

  public String parentCode() {
    return parentCode;
  }

  public PlaceLevel level() {
    return level;
  }

  public org.alliancecare.directory.api.Place view() {
    return new org.alliancecare.directory.api.Place(code, parentCode, level, nameZh, nameEn);
  }
}
