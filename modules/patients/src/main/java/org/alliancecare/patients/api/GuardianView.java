package org.alliancecare.patients.api;

/** A guardian as answered: the identity number masked. */
public record GuardianView(String name, String relationship, String phone, String nationalId) {}
