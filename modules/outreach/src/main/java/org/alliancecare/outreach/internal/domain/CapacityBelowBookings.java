package org.alliancecare.outreach.internal.domain;

import org.alliancecare.kernel.BusinessRuleViolation;

/** The capacity cannot fall below the places already booked. */
public class CapacityBelowBookings extends BusinessRuleViolation {

  public CapacityBelowBookings(int booked) {
    super(
        "capacity-below-bookings",
        "The clinic has " + booked + " booked patients; its capacity cannot be less.");
  }

  /** The database refused the capacity: places were booked in the meantime. */
  public CapacityBelowBookings() {
    super(
        "capacity-below-bookings",
        "More patients have booked than the new capacity allows; read the clinic again.");
  }
}
