package org.alliancecare.outreach.internal.domain;

import org.alliancecare.kernel.BusinessRuleViolation;

/** The capacity cannot fall below the places already booked. */
public class CapacityBelowBookings extends BusinessRuleViolation {

  public CapacityBelowBookings(int booked) {
    super(
        "capacity-below-bookings",
        "The clinic has " + booked + " booked patients; its capacity cannot be less.");
  }
}
