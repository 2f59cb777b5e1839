package org.alliancecare.alliances.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;

/**
 * Specialist alliances and their memberships. Alliances are visible to every signed-in caller.
 * Memberships are changed by administrators and coordinators, and by an alliance lead for the
 * alliances that the lead's practitioner currently leads; any other caller is refused with {@link
 * NotAllowedToManage} (403). A missing alliance answers {@link
 * org.alliancecare.kernel.RecordNotFound}.
 */
public interface AlliancesFacade {

  /** All alliances in code order, each with its current lead and member count. */
  Page<AllianceView> alliances(PageRequest page);

  AllianceView alliance(String allianceId);

  /** Founds a new alliance (ADMIN, COORDINATOR); a code in use → {@code alliance-code-taken}. */
  AllianceView found(NewAlliance alliance, Caller by);

  /** The memberships that hold on {@code at}, leads first, then by since. */
  List<MembershipView> members(String allianceId, LocalDate at);

  /**
   * Admits a practitioner as MEMBER or appoints them LEAD from {@code since}. A new lead ends the
   * previous lead's lead role on that day (the previous lead stays a member), atomically, also
   * under concurrent requests. An aid doctor's membership ends with the tour.
   */
  MembershipView admit(String allianceId, NewMembership membership, Caller by);

  /** Ends the practitioner's membership of the alliance on {@code on}; the history is kept. */
  MembershipView endMembership(
      String allianceId, String practitionerId, MembershipEnd end, Caller by);

  // For other modules' rules (outreach): no caller, reference data only.

  Optional<AllianceView> findAlliance(String allianceId);

  /** Whether the practitioner is a member (in any role) of the alliance on {@code day}. */
  boolean isMember(String allianceId, String practitionerId, LocalDate day);

  /** The ids of the alliances that the practitioner leads on {@code day}. */
  Set<String> alliancesLedBy(String practitionerId, LocalDate day);

  /** Whether the caller may change the alliance's memberships and its clinics today. */
  boolean mayManage(String allianceId, Caller caller);
}
