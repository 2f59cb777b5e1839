package org.alliancecare.patients.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A parent or legal guardian of a patient; the identity number, if given, kept sealed. */
@Embeddable
public class Guardian {

  private String name;

  @Column(name = "name_ug")
  private String nameUg;

  @Column(name = "name_ug_latin")
  private String nameUgLatin;

  @Column(nullable = false)
  private String relationship;

  private String phone;

  @Column(name = "phone_key")
  private String phoneKey;

  @Column(name = "national_id_sealed")
  private byte[] nationalIdSealed;

  protected Guardian() {}

  /** A guardian with at least one of the two names (checked by the caller). */
  public Guardian(
      PersonName name,
      UyghurName nameUg,
      String relationship,
      String phone,
      byte[] nationalIdSealed) {
    this.name = name == null ? null : name.value();
    this.nameUg = nameUg == null ? null : nameUg.value();
    this.nameUgLatin = nameUg == null ? null : nameUg.latin();
    this.relationship = relationship.strip();
    this.phone = phone == null || phone.isBlank() ? null : phone.strip();
    this.phoneKey = phoneKeyOf(phone);
    this.nationalIdSealed = nationalIdSealed;
  }

  /** A phone number as compared for duplicates: its digits, without a leading +86. */
  public static String phoneKeyOf(String phone) {
    if (phone == null) {
      return null;
    }
    String digits = phone.replaceAll("[^0-9]", "");
    if (digits.startsWith("86") && digits.length() == 13) {
      digits = digits.substring(2);
    }
    return digits.isEmpty() ? null : digits;
  }

  public String name() {
    return name;
  }

  public String nameUg() {
    return nameUg;
  }

  public String nameUgLatin() {
    return nameUgLatin;
  }

  public String relationship() {
    return relationship;
  }

  public String phone() {
    return phone;
  }

  public String phoneKey() {
    return phoneKey;
  }

  public byte[] nationalIdSealed() {
    return nationalIdSealed;
  }
}
