package org.alliancecare.directory.api;

/**
 * Where a practitioner comes from: an aid doctor on a tour from a donor-province hospital, or a
 * local doctor of the receiving region.
 */
public enum Origin {
  AID,
  LOCAL
}
