package org.alliancecare.alliances.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Set;
import java.util.logging.Logger;
import org.alliancecare.alliances.api.AllianceView;
import org.alliancecare.alliances.api.AlliancesFacade;
import org.alliancecare.alliances.api.MembershipRole;
import org.alliancecare.alliances.api.NewMembership;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.Role;
import org.alliancecare.directory.api.events.AccountCreated;
import org.alliancecare.kernel.BusinessClock;
import org.alliancecare.kernel.PageRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * On a demonstration installation (the launcher's embedded database, or {@code
 * ALLIANCECARE_DEMO=true}), the demo alliance lead's practitioner becomes the current lead of the
 * Pediatrics Alliance (PED) when the directory creates the account {@code lead.ped} linked to a
 * practitioner, and the demo doctors' practitioners become members of it, so that the lead can
 * staff a clinic with them. It happens once, after the account is committed; an appointment that
 * already holds is left as it is.
 */
@ApplicationScoped
public class DemoLeadership {

  static final String DEMO_LEAD = "lead.ped";
  static final Set<String> DEMO_MEMBERS = Set.of("doctor.wensu", "doctor.kuqa");
  static final String PEDIATRICS = "PED";
  private static final Logger LOG = Logger.getLogger(DemoLeadership.class.getName());
  private static final Caller SYSTEM =
      new Caller("system", "AllianceCare", Set.of(Role.COORDINATOR), Set.of(), null);

  @Inject AlliancesFacade alliances;
  @Inject BusinessClock clock;

  @Inject
  @ConfigProperty(name = "alliancecare.embedded.db", defaultValue = "false")
  boolean embeddedDatabase;

  @Inject
  @ConfigProperty(name = "alliancecare.demo", defaultValue = "false")
  boolean demo;

  void accountCreated(@Observes AccountCreated created) {
    MembershipRole role =
        DEMO_LEAD.equals(created.username())
            ? MembershipRole.LEAD
            : DEMO_MEMBERS.contains(created.username()) ? MembershipRole.MEMBER : null;
    if (!(embeddedDatabase || demo) || role == null || created.practitionerId() == null) {
      return;
    }
    AllianceView pediatrics =
        alliances.alliances(PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
            .filter(alliance -> alliance.code().equals(PEDIATRICS))
            .findFirst()
            .orElse(null);
    if (pediatrics == null) {
      return;
    }
    LocalDate today = clock.today();
    alliances.admit(
        pediatrics.id(), new NewMembership(created.practitionerId(), role, today), SYSTEM);
    LOG.info(
        () ->
            "demonstration installation: a demo practitioner joined the Pediatrics Alliance as "
                + role);
  }
}
