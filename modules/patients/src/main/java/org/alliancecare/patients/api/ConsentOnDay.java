package org.alliancecare.patients.api;

import java.time.LocalDate;

/**
 * A patient's facts (the survivor's, for a merged duplicate) and whether a guardian's consent with
 * {@code scope} is active on {@code day}: what recording a screening checks, read together.
 */
public record ConsentOnDay(
    PatientFacts patient, ConsentScope scope, LocalDate day, boolean active) {}
