package org.alliancecare.patients.api;

/**
 * How to reach the family of a patient with a reminder (system use). {@code childName} is the name
 * the family knows the child by in {@code language}: the Uyghur name for {@code ug-CN} when there
 * is one, else the Chinese name (and the other way round when only one is known); {@code phone} is
 * the first guardian's phone that has one, or {@code null}. Nothing else of the record.
 */
public record FamilyContact(
    String patientId,
    String childName,
    String phone,
    String language,
    boolean optedOut,
    String placeCode) {}
