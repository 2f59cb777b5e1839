package org.alliancecare.patients.api;

import org.alliancecare.kernel.PersonalRecord;

/** A patient's identity number in full: only for the few roles allowed, always access-logged. */
public record NationalIdView(String patientId, String nationalId) implements PersonalRecord {}
