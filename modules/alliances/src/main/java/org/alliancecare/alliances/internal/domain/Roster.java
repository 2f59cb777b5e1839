package org.alliancecare.alliances.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.alliancecare.alliances.api.MembershipRole;
import org.alliancecare.alliances.api.events.LeadAppointed;
import org.alliancecare.alliances.api.events.MemberAdmitted;
import org.alliancecare.alliances.api.events.MembershipEnded;
import org.alliancecare.directory.api.Origin;
import org.alliancecare.directory.api.Practitioner;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.RecordNotFound;
import org.alliancecare.kernel.events.DomainEvent;

/**
 * The memberships of one alliance, past, present and future: the aggregate that keeps one lead at a
 * time, one membership per practitioner at a time, and aid doctors within their tours. Changes
 * append to the history (new memberships) or close an open membership; nothing is deleted. The
 * events of each change are collected for the application to fire.
 */
public final class Roster {

  static final String SUCCEEDED_AS_LEAD = "succeeded as lead";
  static final String APPOINTED_LEAD = "appointed lead";
  static final String TOUR_ENDS = "aid tour ends";

  private final AllianceId alliance;
  private final List<Membership> memberships;
  private final List<Membership> added = new ArrayList<>();
  private final List<DomainEvent> events = new ArrayList<>();

  public Roster(AllianceId alliance, List<Membership> memberships) {
    this.alliance = Objects.requireNonNull(alliance, "alliance");
    this.memberships = new ArrayList<>(memberships);
  }

  /**
   * Admits {@code practitioner} as {@code role} from {@code since}. A new LEAD ends the previous
   * lead's lead role on {@code since} and keeps them on as a MEMBER; a MEMBER appointed LEAD moves
   * from one role to the other on that day. An aid doctor's membership must begin within the tour
   * and ends the day after its last day.
   */
  public Membership admit(
      Practitioner practitioner, MembershipRole role, LocalDate since, String actor, Instant now) {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(since, "since");
    LocalDate tourEnds = null;
    if (practitioner.origin() == Origin.AID) {
      if (!practitioner.servesOn(since)) {
        throw new OutsideAidTour(since, practitioner.tourStart(), practitioner.tourEnd());
      }
      tourEnds = practitioner.tourEnd().plusDays(1);
    }
    Optional<Membership> current =
        openFrom(since, m -> m.practitionerId().equals(practitioner.id()));
    if (role == MembershipRole.MEMBER) {
      current.ifPresent(
          membership -> {
            throw new AlreadyAMember(membership);
          });
      return append(
          practitioner.id(),
          MembershipRole.MEMBER,
          since,
          tourEnds,
          tourReason(tourEnds),
          actor,
          now);
    }
    if (current.isPresent() && current.get().isLead()) {
      throw new AlreadyTheLead(current.get());
    }
    Optional<Membership> previousLead = openFrom(since, Membership::isLead);
    previousLead.ifPresent(
        lead -> {
          LocalDate leadWouldHaveEnded = lead.endsOn();
          String leadWouldHaveEndedBecause = lead.endReason();
          end(lead, since, SUCCEEDED_AS_LEAD, actor, now);
          if (leadWouldHaveEnded == null || leadWouldHaveEnded.isAfter(since)) {
            append(
                lead.practitionerId(),
                MembershipRole.MEMBER,
                since,
                leadWouldHaveEnded,
                leadWouldHaveEndedBecause,
                actor,
                now);
          }
        });
    current.ifPresent(member -> end(member, since, APPOINTED_LEAD, actor, now));
    Membership lead =
        append(
            practitioner.id(),
            MembershipRole.LEAD,
            since,
            tourEnds,
            tourReason(tourEnds),
            actor,
            now);
    events.add(
        new LeadAppointed(
            alliance.toString(),
            practitioner.id(),
            since,
            previousLead.map(Membership::practitionerId).orElse(null),
            actor,
            now));
    return lead;
  }

  /**
   * Ends the practitioner's latest membership: from {@code on} they are no longer a member. No
   * membership at all is answered like a missing record.
   */
  public Membership end(
      String practitionerId, LocalDate on, String reason, String actor, Instant now) {
    Objects.requireNonNull(on, "on");
    Membership latest =
        memberships.stream()
            .filter(m -> m.practitionerId().equals(practitionerId))
            .max(Comparator.comparing(Membership::since))
            .orElseThrow(() -> new RecordNotFound("membership"));
    if (!latest.runsInto(on)) {
      throw new MembershipAlreadyEnded(latest);
    }
    if (!on.isAfter(latest.since())) {
      throw InvalidInput.of("on", "after-membership-began-on", latest.since());
    }
    end(latest, on, reason, actor, now);
    return latest;
  }

  /** The memberships that hold on the day: the lead first, then by since. */
  public List<Membership> on(LocalDate day) {
    return memberships.stream()
        .filter(m -> m.holdsOn(day))
        .sorted(
            Comparator.comparing((Membership m) -> m.role() != MembershipRole.LEAD)
                .thenComparing(Membership::since)
                .thenComparing(Membership::practitionerId))
        .toList();
  }

  public Optional<Membership> leadOn(LocalDate day) {
    return memberships.stream().filter(m -> m.isLead() && m.holdsOn(day)).findFirst();
  }

  /**
   * The membership matching {@code which} that still runs on or after {@code day}; one that begins
   * after {@code day} would be rewritten by the change, which history does not allow.
   */
  private Optional<Membership> openFrom(LocalDate day, Predicate<Membership> which) {
    Optional<Membership> found = Optional.empty();
    for (Membership membership : memberships) {
      if (which.test(membership) && membership.runsInto(day)) {
        if (membership.since().isAfter(day)) {
          throw new MembershipOverlapsHistory(membership);
        }
        found = Optional.of(membership);
      }
    }
    return found;
  }

  private void end(Membership membership, LocalDate on, String reason, String actor, Instant now) {
    membership.endOn(on, reason);
    events.add(
        new MembershipEnded(
            alliance.toString(),
            membership.id().toString(),
            membership.practitionerId(),
            membership.role().name(),
            on,
            reason,
            actor,
            now));
  }

  private Membership append(
      String practitionerId,
      MembershipRole role,
      LocalDate since,
      LocalDate endsOn,
      String endReason,
      String actor,
      Instant now) {
    Membership membership =
        new Membership(MembershipId.random(), practitionerId, role, since, endsOn, endReason);
    memberships.add(membership);
    added.add(membership);
    events.add(
        new MemberAdmitted(
            alliance.toString(),
            membership.id().toString(),
            practitionerId,
            role.name(),
            since,
            endsOn,
            actor,
            now));
    return membership;
  }

  private static String tourReason(LocalDate tourEnds) {
    return tourEnds == null ? null : TOUR_ENDS;
  }

  public AllianceId alliance() {
    return alliance;
  }

  /** Memberships appended by the changes so far, to insert. */
  public List<Membership> added() {
    return List.copyOf(added);
  }

  /** Loaded memberships that the changes ended, to update. */
  public List<Membership> ended() {
    return memberships.stream().filter(m -> m.wasEnded() && !added.contains(m)).toList();
  }

  /** The events of the changes so far, in order. */
  public List<DomainEvent> events() {
    return List.copyOf(events);
  }
}
