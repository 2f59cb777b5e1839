package org.alliancecare.reporting.internal.domain;

import java.util.Set;

/**
 * The milestone kinds whose achievement counts as "device fitted or surgery done": the hearing aid
 * or cochlear implant fitted ({@code DEVICE_FITTED}) and the correction (glasses) or surgery of the
 * vision templates ({@code CORRECTION_OR_SURGERY}), as program QIMING's templates name them
 * (db/migration/rehabilitation/V2__load_program_qiming.sql). A program with other templates counts
 * its interventions by giving them these kinds.
 */
public final class InterventionMilestones {

  public static final Set<String> KINDS = Set.of("DEVICE_FITTED", "CORRECTION_OR_SURGERY");

  private InterventionMilestones() {}
}
