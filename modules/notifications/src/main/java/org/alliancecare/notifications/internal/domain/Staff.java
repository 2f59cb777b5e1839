package org.alliancecare.notifications.internal.domain;

import java.util.List;
import java.util.Optional;

/** Staff accounts and organisations, as reminders reach them (the directory answers). */
public interface Staff {

  /** An account as reminders reach it: its e-mail (or null) and its language. */
  record Member(String username, String email, String language, boolean enabled) {}

  Optional<Member> member(String username);

  /** Usernames of the enabled coordinators whose jurisdiction covers the place. */
  List<String> coordinatorsCovering(String placeCode);

  /** Usernames of the enabled accounts of the practitioner. */
  List<String> accountsOf(String practitionerId);

  /** The organisation's place, if it is known. */
  Optional<String> placeOfOrganisation(String organisationId);

  /** The organisation's name as families read it (its Chinese name); its id if unknown. */
  String organisationName(String organisationId);
}
