package org.alliancecare.alliances.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.sql.DataSource;
import org.alliancecare.alliances.api.AllianceView;
import org.alliancecare.alliances.api.AlliancesFacade;
import org.alliancecare.alliances.api.MembershipEnd;
import org.alliancecare.alliances.api.MembershipView;
import org.alliancecare.alliances.api.NewAlliance;
import org.alliancecare.alliances.api.NewMembership;
import org.alliancecare.alliances.api.NotAllowedToManage;
import org.alliancecare.alliances.api.events.AllianceFounded;
import org.alliancecare.alliances.internal.domain.AllianceCode;
import org.alliancecare.alliances.internal.domain.AllianceCodeTaken;
import org.alliancecare.alliances.internal.domain.AllianceId;
import org.alliancecare.alliances.internal.domain.Membership;
import org.alliancecare.alliances.internal.domain.MembershipOverlapsHistory;
import org.alliancecare.alliances.internal.domain.Roster;
import org.alliancecare.alliances.internal.persistence.AllianceRow;
import org.alliancecare.alliances.internal.persistence.AllianceStore;
import org.alliancecare.alliances.internal.persistence.MembershipStore;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.DirectoryFacade;
import org.alliancecare.directory.api.Practitioner;
import org.alliancecare.directory.api.Role;
import org.alliancecare.kernel.BusinessClock;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.InvalidInput.FieldError;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.kernel.RecordNotFound;
import org.alliancecare.kernel.events.DomainEvent;

/** The alliances facade. */
@ApplicationScoped
@Transactional
public class AllianceAdministration implements AlliancesFacade {

  private static final String EXCLUSION_VIOLATION = "23P01";

  @Inject DataSource dataSource;

  @Inject DirectoryFacade directory;
  @Inject Event<DomainEvent> events;

  /** "Today" for memberships and leads is a day in China. */
  @Inject BusinessClock clock;

  @Override
  public Page<AllianceView> alliances(PageRequest page) {
    try (Connection connection = dataSource.getConnection()) {
      List<AllianceRow> rows = AllianceStore.page(connection, page, today());
      return page.toPage(rows, AllianceRow::code).map(this::view);
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  @Override
  public AllianceView alliance(String allianceId) {
    return findAlliance(allianceId).orElseThrow(() -> new RecordNotFound("alliance"));
  }

  @Override
  public Optional<AllianceView> findAlliance(String allianceId) {
    if (allianceId == null) {
      return Optional.empty();
    }
    try (Connection connection = dataSource.getConnection()) {
      return AllianceStore.find(connection, allianceId, today()).map(this::view);
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  @Override
  public AllianceView found(NewAlliance alliance, Caller by) {
    if (!by.hasAnyRole(Role.ADMIN, Role.COORDINATOR)) {
      throw new NotAllowedToManage("the alliances");
    }
    requireComplete(alliance);
    AllianceCode code = new AllianceCode(alliance.code());
    AllianceId id = AllianceId.random();
    Instant now = clock.now();
    try (Connection connection = dataSource.getConnection()) {
      if (!AllianceStore.insert(connection, id, code, alliance, now)) {
        throw new AllianceCodeTaken(code);
      }
    } catch (SQLException e) {
      throw unavailable(e);
    }
    events.fire(
        new AllianceFounded(
            id.toString(),
            code.value(),
            alliance.nameZh().strip(),
            alliance.nameEn().strip(),
            alliance.specialty().strip(),
            alliance.foundedOn(),
            by.username(),
            now));
    return alliance(id.toString());
  }

  @Override
  public List<MembershipView> members(String allianceId, LocalDate at) {
    AllianceId id = AllianceId.parse(allianceId);
    try (Connection connection = dataSource.getConnection()) {
      if (AllianceStore.find(connection, allianceId, today()).isEmpty()) {
        throw new RecordNotFound("alliance");
      }
      Roster roster = MembershipStore.roster(connection, id);
      return roster.on(at == null ? today() : at).stream()
          .map(membership -> view(id, membership))
          .toList();
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  @Override
  public MembershipView admit(String allianceId, NewMembership membership, Caller by) {
    AllianceId id = AllianceId.parse(allianceId);
    List<FieldError> errors = new ArrayList<>();
    if (membership.practitionerId() == null || membership.practitionerId().isBlank()) {
      errors.add(FieldError.of("practitionerId", "required"));
    }
    if (membership.role() == null) {
      errors.add(FieldError.of("role", "required-lead-or-member"));
    }
    if (membership.since() == null) {
      errors.add(FieldError.of("since", "required"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    if (!mayManage(allianceId, by)) {
      throw new NotAllowedToManage("this alliance's members");
    }
    // asked before the alliance's row is locked: nothing waits on another module under the lock
    Practitioner practitioner =
        directory
            .findPractitioner(membership.practitionerId())
            .orElseThrow(() -> InvalidInput.of("practitionerId", "not-practitioner-in-directory"));
    return change(
        id,
        by,
        roster ->
            roster.admit(
                practitioner, membership.role(), membership.since(), by.username(), clock.now()));
  }

  @Override
  public MembershipView endMembership(
      String allianceId, String practitionerId, MembershipEnd end, Caller by) {
    AllianceId id = AllianceId.parse(allianceId);
    List<FieldError> errors = new ArrayList<>();
    if (end.on() == null) {
      errors.add(FieldError.of("on", "required"));
    }
    if (end.reason() == null || end.reason().isBlank()) {
      errors.add(FieldError.of("reason", "required"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return change(
        id,
        by,
        roster ->
            roster.end(practitionerId, end.on(), end.reason().strip(), by.username(), clock.now()));
  }

  /** One membership change of one alliance, under the alliance's row lock. */
  private MembershipView change(AllianceId id, Caller by, Function<Roster, Membership> change) {
    try (Connection connection = dataSource.getConnection()) {
      if (!AllianceStore.lock(connection, id)) {
        throw new RecordNotFound("alliance");
      }
      if (!mayManage(connection, id.toString(), by)) {
        throw new NotAllowedToManage("this alliance's members");
      }
      Roster roster = MembershipStore.roster(connection, id);
      Membership changed = change.apply(roster);
      Instant now = clock.now();
      try {
        MembershipStore.save(connection, roster, by.username(), now);
      } catch (SQLException e) {
        if (EXCLUSION_VIOLATION.equals(e.getSQLState())
            || (e.getNextException() != null
                && EXCLUSION_VIOLATION.equals(e.getNextException().getSQLState()))) {
          throw new MembershipOverlapsHistory();
        }
        throw e;
      }
      AllianceStore.touch(connection, id);
      roster.events().forEach(events::fire);
      return view(id, changed);
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  @Override
  public boolean isMember(String allianceId, String practitionerId, LocalDate day) {
    try (Connection connection = dataSource.getConnection()) {
      return MembershipStore.isMember(connection, allianceId, practitionerId, day);
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  @Override
  public Set<String> alliancesLedBy(String practitionerId, LocalDate day) {
    if (practitionerId == null) {
      return Set.of();
    }
    try (Connection connection = dataSource.getConnection()) {
      return MembershipStore.alliancesLedBy(connection, practitionerId, day);
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  @Override
  public boolean mayManage(String allianceId, Caller caller) {
    try (Connection connection = dataSource.getConnection()) {
      return mayManage(connection, allianceId, caller);
    } catch (SQLException e) {
      throw unavailable(e);
    }
  }

  private boolean mayManage(Connection connection, String allianceId, Caller caller)
      throws SQLException {
    if (caller.hasAnyRole(Role.ADMIN, Role.COORDINATOR)) {
      return true;
    }
    return caller.hasRole(Role.ALLIANCE_LEAD)
        && caller.practitionerId() != null
        && MembershipStore.alliancesLedBy(connection, caller.practitionerId(), today())
            .contains(allianceId);
  }

  private LocalDate today() {
    return clock.today();
  }

  private AllianceView view(AllianceRow row) {
    AllianceView.LeadView lead =
        row.leadPractitionerId() == null
            ? null
            : new AllianceView.LeadView(
                row.leadPractitionerId(), nameOf(row.leadPractitionerId()), row.leadSince());
    return new AllianceView(
        row.id(),
        row.code(),
        row.nameZh(),
        row.nameEn(),
        row.specialty(),
        row.foundedOn(),
        lead,
        row.memberCount(),
        row.version());
  }

  private MembershipView view(AllianceId alliance, Membership membership) {
    return new MembershipView(
        membership.id().toString(),
        alliance.toString(),
        membership.practitionerId(),
        nameOf(membership.practitionerId()),
        membership.role(),
        membership.since(),
        membership.endsOn(),
        membership.endReason());
  }

  private String nameOf(String practitionerId) {
    return directory.findPractitioner(practitionerId).map(Practitioner::name).orElse(null);
  }

  private static void requireComplete(NewAlliance alliance) {
    List<FieldError> errors = new ArrayList<>();
    if (alliance.code() == null || alliance.code().isBlank()) {
      errors.add(FieldError.of("code", "required"));
    }
    if (alliance.nameZh() == null || alliance.nameZh().isBlank()) {
      errors.add(FieldError.of("nameZh", "required"));
    }
    if (alliance.nameEn() == null || alliance.nameEn().isBlank()) {
      errors.add(FieldError.of("nameEn", "required"));
    }
    if (alliance.specialty() == null || alliance.specialty().isBlank()) {
      errors.add(FieldError.of("specialty", "required"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
  }

  private static IllegalStateException unavailable(SQLException e) {
    return new IllegalStateException("the alliances schema is unavailable", e);
  }
}
