package org.alliancecare.outreach.internal.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.alliancecare.outreach.api.ClinicStatus;

/**
 * The clinic's state machine: PLANNED → PUBLISHED → IN_PROGRESS → COMPLETED, and PLANNED or
 * PUBLISHED → CANCELLED. Every other step is an {@link InvalidTransition}.
 */
public final class Lifecycle {

  private static final Map<ClinicStatus, Set<ClinicStatus>> NEXT =
      Map.of(
          ClinicStatus.PLANNED, EnumSet.of(ClinicStatus.PUBLISHED, ClinicStatus.CANCELLED),
          ClinicStatus.PUBLISHED, EnumSet.of(ClinicStatus.IN_PROGRESS, ClinicStatus.CANCELLED),
          ClinicStatus.IN_PROGRESS, EnumSet.of(ClinicStatus.COMPLETED),
          ClinicStatus.COMPLETED, EnumSet.noneOf(ClinicStatus.class),
          ClinicStatus.CANCELLED, EnumSet.noneOf(ClinicStatus.class));

  private Lifecycle() {}

  public static boolean allows(ClinicStatus from, ClinicStatus to) {
    return NEXT.get(from).contains(to);
  }

  /** The step, or {@link InvalidTransition} when the lifecycle does not have it. */
  static ClinicStatus step(ClinicStatus from, ClinicStatus to) {
    if (!allows(from, to)) {
      throw new InvalidTransition(from, to);
    }
    return to;
  }

  /** Whether a clinic in this state may still be edited and staffed. */
  public static boolean editable(ClinicStatus status) {
    return status == ClinicStatus.PLANNED || status == ClinicStatus.PUBLISHED;
  }

  /** Whether patients may be recorded at a clinic in this state (booked ahead, or seen). */
  public static boolean receivesPatients(ClinicStatus status) {
    return status == ClinicStatus.PUBLISHED || status == ClinicStatus.IN_PROGRESS;
  }
}
