package org.alliancecare.outreach.internal.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.InvalidInput.FieldError;
import org.alliancecare.outreach.api.ClinicService;

/**
 * What a clinic is about, where and when, and how many patients may book: everything a lead plans
 * and may revise while the clinic is PLANNED or PUBLISHED. The place is a township or village code
 * that the directory knows (checked by the application).
 */
public record ClinicDetails(
    String title,
    String hostAllianceId,
    Set<String> joiningAllianceIds,
    String placeCode,
    String venue,
    ClinicSchedule schedule,
    Set<ClinicService> services,
    int capacity) {

  public static final int MAX_CAPACITY = 10_000;
  private static final int MAX_TEXT = 200;

  public ClinicDetails {
    List<FieldError> errors = new ArrayList<>();
    title = text("title", title, errors);
    venue = text("venue", venue, errors);
    if (hostAllianceId == null || hostAllianceId.isBlank()) {
      errors.add(FieldError.of("hostAllianceId", "required"));
    }
    if (placeCode == null || placeCode.isBlank()) {
      errors.add(FieldError.of("placeCode", "required"));
    }
    joiningAllianceIds =
        joiningAllianceIds == null ? Set.of() : new LinkedHashSet<>(joiningAllianceIds);
    if (hostAllianceId != null && joiningAllianceIds.contains(hostAllianceId)) {
      errors.add(FieldError.of("joiningAllianceIds", "must-not-name-host-alliance"));
    }
    if (capacity < 0 || capacity > MAX_CAPACITY) {
      errors.add(FieldError.of("capacity", "between-0-and", MAX_CAPACITY));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    joiningAllianceIds = Collections.unmodifiableSet(joiningAllianceIds);
    services =
        services == null || services.isEmpty()
            ? Set.of()
            : Collections.unmodifiableSet(EnumSet.copyOf(services));
  }

  private static String text(String field, String value, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(FieldError.of(field, "required"));
      return value;
    }
    if (value.strip().length() > MAX_TEXT) {
      errors.add(FieldError.of(field, "at-most-characters", MAX_TEXT));
    }
    return value.strip();
  }

  /** Whether the two differ in anything but the schedule. */
  boolean differsBesidesSchedule(ClinicDetails other) {
    return !title.equals(other.title)
        || !joiningAllianceIds.equals(other.joiningAllianceIds)
        || !placeCode.equals(other.placeCode)
        || !venue.equals(other.venue)
        || !services.equals(other.services)
        || capacity != other.capacity;
  }
}
