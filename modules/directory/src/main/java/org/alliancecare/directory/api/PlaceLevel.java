package org.alliancecare.directory.api;

/** The levels of the place hierarchy, from the top down (DOMAIN.md, Places). */
public enum PlaceLevel {
  PROVINCE,
  PREFECTURE,
  COUNTY,
  TOWNSHIP,
  VILLAGE;

  /** Whether a place of this level may sit directly below a place of {@code parent}'s level. */
  public boolean mayBeBelow(PlaceLevel parent) {
    return switch (this) {
      case PROVINCE -> false;
      case PREFECTURE -> parent == PROVINCE;
      // the XPCC 1st Division (Aral) is a county-level city directly under the region
      case COUNTY -> parent == PREFECTURE || parent == PROVINCE;
      case TOWNSHIP -> parent == COUNTY;
      // villages whose township is not verified yet hang directly below their county
      case VILLAGE -> parent == TOWNSHIP || parent == COUNTY;
    };
  }
}
