package org.alliancecare.patients.api;

import java.time.LocalDate;

/**
 * A search: name (tolerant of middle-dot variants, case and spaces; part of a name is enough; a
 * Uyghur name by the start of a word, in Arabic script in any keyboard's spelling or in ULY with or
 * without diacritics), birth date, place (a county finds its townships and villages too). Any may
 * be absent.
 */
public record PatientQuery(String q, LocalDate birthDate, String placeCode) {}
