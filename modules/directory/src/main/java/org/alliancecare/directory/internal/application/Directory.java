package org.alliancecare.directory.internal.application;

import static org.alliancecare.directory.internal.domain.Complaints.blank;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.alliancecare.directory.api.Account;
import org.alliancecare.directory.api.AccountChange;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.DataScope;
import org.alliancecare.directory.api.DirectoryFacade;
import org.alliancecare.directory.api.NewAccount;
import org.alliancecare.directory.api.NewOrganisation;
import org.alliancecare.directory.api.NewPlace;
import org.alliancecare.directory.api.Organisation;
import org.alliancecare.directory.api.OrganisationKind;
import org.alliancecare.directory.api.Place;
import org.alliancecare.directory.api.PlaceLevel;
import org.alliancecare.directory.api.Practitioner;
import org.alliancecare.directory.api.PractitionerDetails;
import org.alliancecare.directory.api.Role;
import org.alliancecare.directory.api.StaffContact;
import org.alliancecare.directory.api.events.AccountChanged;
import org.alliancecare.directory.api.events.AccountCreated;
import org.alliancecare.directory.api.events.OrganisationAdded;
import org.alliancecare.directory.api.events.PlaceAdded;
import org.alliancecare.directory.api.events.PractitionerChanged;
import org.alliancecare.directory.api.events.PractitionerRegistered;
import org.alliancecare.directory.internal.domain.Complaints;
import org.alliancecare.directory.internal.domain.EmailAddress;
import org.alliancecare.directory.internal.domain.LastAdministrator;
import org.alliancecare.directory.internal.domain.OrganisationKeyTaken;
import org.alliancecare.directory.internal.domain.PasswordHash;
import org.alliancecare.directory.internal.domain.PasswordPolicy;
import org.alliancecare.directory.internal.domain.PlaceCodeTaken;
import org.alliancecare.directory.internal.domain.PlaceTree;
import org.alliancecare.directory.internal.domain.PractitionerRules;
import org.alliancecare.directory.internal.domain.UsernameTaken;
import org.alliancecare.directory.internal.persistence.AccountStore;
import org.alliancecare.directory.internal.persistence.Keyset;
import org.alliancecare.directory.internal.persistence.OrganisationStore;
import org.alliancecare.directory.internal.persistence.PlaceStore;
import org.alliancecare.directory.internal.persistence.PractitionerStore;
import org.alliancecare.directory.internal.persistence.SessionStore;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.InvalidInput.FieldError;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.kernel.RecordNotFound;
import org.alliancecare.kernel.StaleVersion;
import org.alliancecare.kernel.events.DomainEvent;

/**
 * The directory facade. Every method is one transaction; each change fires its event in it, so that
 * the audit journal records it with the change.
 */
@ApplicationScoped
@Transactional
public class Directory implements DirectoryFacade {

  private static final int MAX_NAME = 200;

  @Inject PlaceStore places;
  @Inject OrganisationStore organisations;
  @Inject PractitionerStore practitioners;
  @Inject AccountStore accounts;
  @Inject SessionStore sessions;
  @Inject PlaceTreeCache placeTree;
  @Inject SessionRevocations revocations;
  @Inject Event<DomainEvent> events;
  @Inject Clock clock;

  // scope

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public DataScope scopeOf(Caller caller) {
    return placeTree.tree().scopeOf(caller.jurisdiction());
  }

  // places

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Place> places(String parentCode, PlaceLevel level, PageRequest page) {
    return Pages.of(
        page,
        places.page(parentCode, level, page),
        p -> p.code(),
        org.alliancecare.directory.internal.domain.Place::view);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Place> findPlace(String code) {
    return placeTree.tree().find(code);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Place> countyOf(String placeCode) {
    return placeTree.tree().countyOf(placeCode);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Set<String> placesWithin(String placeCode) {
    return Set.copyOf(placeTree.tree().subtree(placeCode));
  }

  @Override
  public Place addPlace(NewPlace place, Caller by) {
    Complaints complaints = new Complaints();
    String code = place.code() == null ? null : place.code().strip();
    complaints.when(
        code == null
            || !org.alliancecare.directory.internal.domain.Place.CODE.matcher(code).matches(),
        "code",
        "is required: a 12-digit GB/T 2260 code, or the county's code with -T or -V and a number");
    Optional<org.alliancecare.directory.internal.domain.Place> parent =
        places.find(place.parentCode());
    if (blank(place.parentCode())) {
      complaints.about("parentCode", "is required");
    } else if (parent.isEmpty()) {
      complaints.about("parentCode", "is not a place");
    }
    if (place.level() != PlaceLevel.TOWNSHIP && place.level() != PlaceLevel.VILLAGE) {
      complaints.about("level", "is required: TOWNSHIP or VILLAGE");
    } else if (parent.isPresent() && !place.level().mayBeBelow(parent.get().level())) {
      complaints.add(
          FieldError.of("level", "level-cannot-be-below", place.level(), parent.get().level()));
    }
    if (parent.isPresent() && code != null && !complaints.hasAbout("code")) {
      placeTree
          .tree()
          .countyOf(parent.get().code())
          .filter(county -> !code.startsWith(county.code()))
          .ifPresent(
              county ->
                  complaints.add(FieldError.of("code", "begin-with-county-code", county.code())));
    }
    name(complaints, "nameZh", place.nameZh());
    name(complaints, "nameEn", place.nameEn());
    complaints.throwIfAny();
    if (places.find(code).isPresent()) {
      throw new PlaceCodeTaken(code);
    }
    Instant now = clock.instant();
    org.alliancecare.directory.internal.domain.Place added =
        new org.alliancecare.directory.internal.domain.Place(
            code, parent.get(), place.level(), place.nameZh().strip(), place.nameEn().strip(), now);
    places.add(added);
    Place view = added.view();
    events.fire(
        new PlaceAdded(
            view.code(),
            view.parentCode(),
            view.level().name(),
            view.nameZh(),
            view.nameEn(),
            by.username(),
            now));
    return view;
  }

  // organisations

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Organisation> organisations(
      OrganisationKind kind, String placeCode, PageRequest page) {
    return Pages.of(
        page,
        organisations.page(kind, placeCode, page),
        o -> Keyset.key(o.view().nameEn(), o.id()),
        org.alliancecare.directory.internal.domain.Organisation::view);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Organisation> findOrganisation(String id) {
    return organisations
        .find(id)
        .map(org.alliancecare.directory.internal.domain.Organisation::view);
  }

  @Override
  public Organisation addOrganisation(NewOrganisation organisation, Caller by) {
    Complaints complaints = new Complaints();
    String key = blank(organisation.key()) ? null : organisation.key().strip();
    complaints.when(
        key != null
            && !org.alliancecare.directory.internal.domain.Organisation.KEY.matcher(key).matches(),
        "key",
        "must be capitals, digits and dashes, at most 32 characters (e.g. AKS-H1)");
    complaints.when(organisation.kind() == null, "kind", "is required");
    name(complaints, "nameZh", organisation.nameZh());
    name(complaints, "nameEn", organisation.nameEn());
    name(complaints, "province", organisation.province());
    String placeCode = blank(organisation.placeCode()) ? null : organisation.placeCode().strip();
    if (placeCode == null) {
      complaints.when(
          organisation.kind() != null && organisation.kind() != OrganisationKind.AID_HOME_HOSPITAL,
          "placeCode",
          "is required for an organisation in the region");
    } else if (places.find(placeCode).isEmpty()) {
      complaints.about("placeCode", "is not a place");
    }
    complaints.throwIfAny();
    if (key != null && organisations.keyTaken(key)) {
      throw new OrganisationKeyTaken(key);
    }
    Instant now = clock.instant();
    org.alliancecare.directory.internal.domain.Organisation added =
        new org.alliancecare.directory.internal.domain.Organisation(
            key,
            organisation.kind(),
            organisation.nameZh().strip(),
            organisation.nameEn().strip(),
            placeCode,
            organisation.province().strip(),
            now);
    organisations.add(added);
    Organisation view = added.view();
    events.fire(
        new OrganisationAdded(
            view.id(),
            view.key(),
            view.kind().name(),
            view.nameZh(),
            view.nameEn(),
            view.placeCode(),
            view.province(),
            by.username(),
            now));
    return view;
  }

  // practitioners

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Practitioner> practitioners(String q, String specialty, PageRequest page) {
    String search =
        blank(q) ? null : org.alliancecare.directory.internal.domain.Practitioner.searchable(q);
    String code = blank(specialty) ? null : specialty.strip().toUpperCase(Locale.ROOT);
    return Pages.of(
        page,
        practitioners.page(search, code, page),
        p -> Keyset.key(p.view().name(), p.id()),
        org.alliancecare.directory.internal.domain.Practitioner::view);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Practitioner> findPractitioner(String id) {
    return practitioners
        .find(id)
        .map(org.alliancecare.directory.internal.domain.Practitioner::view);
  }

  @Override
  public Practitioner registerPractitioner(PractitionerDetails details, Caller by) {
    PractitionerRules.check(details, this::kindOf);
    Instant now = clock.instant();
    org.alliancecare.directory.internal.domain.Practitioner practitioner =
        new org.alliancecare.directory.internal.domain.Practitioner(details, now);
    practitioners.add(practitioner);
    practitioners.flush();
    Practitioner view = practitioner.view();
    events.fire(
        new PractitionerRegistered(
            view.id(),
            view.name(),
            view.specialty(),
            view.origin().name(),
            view.organisationId(),
            view.homeOrganisationId(),
            view.tourStart(),
            view.tourEnd(),
            by.username(),
            now));
    return view;
  }

  @Override
  public Practitioner changePractitioner(
      String id, long expectedVersion, PractitionerDetails details, Caller by) {
    org.alliancecare.directory.internal.domain.Practitioner practitioner =
        practitioners.find(id).orElseThrow(() -> new RecordNotFound("practitioner"));
    StaleVersion.requireCurrent(expectedVersion, practitioner.version());
    PractitionerRules.check(details, this::kindOf);
    practitioner.describe(details);
    practitioners.flush();
    Practitioner view = practitioner.view();
    events.fire(
        new PractitionerChanged(
            view.id(),
            view.version(),
            view.name(),
            view.specialty(),
            view.origin().name(),
            view.organisationId(),
            view.homeOrganisationId(),
            view.tourStart(),
            view.tourEnd(),
            by.username(),
            clock.instant()));
    return view;
  }

  private Optional<OrganisationKind> kindOf(String organisationId) {
    return organisations.find(organisationId).map(o -> o.kind());
  }

  // accounts

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Account me(Caller caller) {
    return accounts
        .byUsername(caller.username())
        .map(org.alliancecare.directory.internal.domain.Account::view)
        .orElseThrow(() -> new RecordNotFound("account"));
  }

  @Override
  public Account changeLanguage(Caller caller, String language) {
    new Complaints()
        .when(
            language == null || !Account.LANGUAGES.contains(language),
            "language",
            "must be one of " + String.join(", ", Account.LANGUAGES))
        .throwIfAny();
    org.alliancecare.directory.internal.domain.Account account =
        accounts.byUsername(caller.username()).orElseThrow(() -> new RecordNotFound("account"));
    if (!language.equals(account.language())) {
      account.speak(language);
      accounts.flush();
    }
    return account.view();
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Account> accounts(PageRequest page, Caller by) {
    Visibility visibility = visibilityFor(by);
    List<Account> visible = new ArrayList<>();
    String after = page.after() == null ? "" : page.after();
    int batch = Math.max(page.fetchSize(), 100);
    while (visible.size() < page.fetchSize()) {
      List<org.alliancecare.directory.internal.domain.Account> rows = accounts.after(after, batch);
      for (org.alliancecare.directory.internal.domain.Account row : rows) {
        if (visibility.sees(row.view()) && visible.size() < page.fetchSize()) {
          visible.add(row.view());
        }
      }
      if (rows.size() < batch) {
        break;
      }
      after = rows.get(rows.size() - 1).username();
    }
    return page.toPage(visible, Account::username);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Account account(String username, Caller by) {
    Visibility visibility = visibilityFor(by);
    return accounts
        .byUsername(org.alliancecare.directory.internal.domain.Account.normalise(username))
        .map(org.alliancecare.directory.internal.domain.Account::view)
        .filter(visibility::sees)
        .orElseThrow(() -> new RecordNotFound("account"));
  }

  /**
   * Administrators see every account; coordinators and auditors see the accounts whose whole
   * jurisdiction lies within their scope (an auditor of Wensu sees the accounts working in Wensu,
   * so that they can tell who did what there); nobody else sees any.
   */
  private Visibility visibilityFor(Caller by) {
    if (by.hasRole(Role.ADMIN)) {
      return account -> true;
    }
    if (by.hasAnyRole(Role.COORDINATOR, Role.AUDITOR)) {
      DataScope scope = scopeOf(by);
      return account ->
          !account.jurisdiction().isEmpty()
              && account.jurisdiction().stream().allMatch(scope::covers);
    }
    return account -> false;
  }

  private interface Visibility {
    boolean sees(Account account);
  }

  @Override
  public Account createAccount(NewAccount account, Caller by) {
    Complaints complaints = new Complaints();
    String username =
        org.alliancecare.directory.internal.domain.Account.normalise(account.username());
    complaints.when(
        !org.alliancecare.directory.internal.domain.Account.USERNAME.matcher(username).matches(),
        "username",
        "is required: 3 to 64 lower-case letters, digits, dots, dashes or underscores, starting with"
            + " a letter");
    name(complaints, "displayName", account.displayName());
    PasswordPolicy.refusal(account.password(), username, "password").ifPresent(complaints::add);
    Set<Role> roles = roles(complaints, account.roles(), true);
    Set<String> jurisdiction = jurisdiction(complaints, account.jurisdiction());
    String practitionerId =
        blank(account.practitionerId()) ? null : account.practitionerId().strip();
    complaints.when(
        practitionerId != null && practitioners.find(practitionerId).isEmpty(),
        "practitionerId",
        "is not a practitioner");
    EmailAddress email = blank(account.email()) ? null : email(complaints, account.email());
    complaints.throwIfAny();
    if (accounts.byUsername(username).isPresent()) {
      throw new UsernameTaken(username);
    }
    Instant now = clock.instant();
    org.alliancecare.directory.internal.domain.Account created =
        org.alliancecare.directory.internal.domain.Account.open(
            username,
            account.displayName().strip(),
            PasswordHash.of(account.password()),
            roles,
            jurisdiction,
            practitionerId,
            now);
    if (email != null) {
      created.reachAt(email);
    }
    accounts.add(created);
    accounts.flush();
    Account view = created.view();
    events.fire(
        new AccountCreated(
            view.username(),
            view.displayName(),
            names(view.roles()),
            new TreeSet<>(view.jurisdiction()),
            view.practitionerId(),
            by.username(),
            now));
    return view;
  }

  @Override
  public Account changeAccount(
      String username, long expectedVersion, AccountChange change, Caller by) {
    org.alliancecare.directory.internal.domain.Account account =
        accounts
            .byUsername(org.alliancecare.directory.internal.domain.Account.normalise(username))
            .orElseThrow(() -> new RecordNotFound("account"));
    StaleVersion.requireCurrent(expectedVersion, account.version());
    Complaints complaints = new Complaints();
    if (change.displayName() != null) {
      name(complaints, "displayName", change.displayName());
    }
    Set<Role> roles = change.roles() == null ? null : roles(complaints, change.roles(), true);
    Set<String> jurisdiction =
        change.jurisdiction() == null ? null : jurisdiction(complaints, change.jurisdiction());
    if (change.password() != null) {
      PasswordPolicy.refusal(change.password(), account.username(), "password")
          .ifPresent(complaints::add);
    }
    EmailAddress email = blank(change.email()) ? null : email(complaints, change.email());
    complaints.throwIfAny();

    boolean losesAdministration =
        account.isAdministrator()
            && (Boolean.FALSE.equals(change.enabled())
                || (roles != null && !roles.contains(Role.ADMIN)));
    if (losesAdministration && accounts.enabledAdministrators() <= 1) {
      throw new LastAdministrator();
    }

    Instant now = clock.instant();
    boolean revoke = false;
    if (change.displayName() != null) {
      account.rename(change.displayName().strip());
    }
    if (roles != null) {
      account.assignRoles(roles);
    }
    if (jurisdiction != null) {
      account.assignJurisdiction(jurisdiction);
    }
    if (email != null) {
      account.reachAt(email);
    } else if (change.email() != null) {
      account.forgetEmail();
    }
    if (Boolean.FALSE.equals(change.enabled()) && account.enabled()) {
      account.disable();
      revoke = true;
    } else if (Boolean.TRUE.equals(change.enabled()) && !account.enabled()) {
      account.enable();
      accounts.attemptsOf(account).unlock();
    }
    if (change.password() != null) {
      account.changePassword(PasswordHash.of(change.password()), now);
      accounts.attemptsOf(account).unlock();
      revoke = true;
    }
    int revoked = revoke ? sessions.revokeAllOf(account.id(), now) : 0;
    accounts.flush();
    // the validated tokens of the account carry its roles, jurisdiction and name, or must end
    revocations.accountChanged(account.id());
    Account view = account.view();
    events.fire(
        new AccountChanged(
            view.username(),
            change.enabled(),
            change.displayName() == null ? null : view.displayName(),
            roles == null ? null : names(view.roles()),
            jurisdiction == null ? null : new TreeSet<>(view.jurisdiction()),
            change.password() != null,
            change.email() != null,
            revoked,
            by.username(),
            now));
    return view;
  }

  // for reminders

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<StaffContact> staffContact(String username) {
    return accounts
        .byUsername(org.alliancecare.directory.internal.domain.Account.normalise(username))
        .map(
            a ->
                new StaffContact(
                    a.username(),
                    a.displayName(),
                    a.email(),
                    a.language() == null ? Account.LANGUAGES.get(0) : a.language(),
                    a.enabled()));
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<String> coordinatorsCovering(String placeCode) {
    List<String> line = placeTree.tree().ancestry(placeCode).stream().map(Place::code).toList();
    return accounts.enabledWithRoleIn(Role.COORDINATOR, line);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<String> accountsOfPractitioner(String practitionerId) {
    return practitionerId == null || practitionerId.isBlank()
        ? List.of()
        : accounts.enabledOfPractitioner(practitionerId.strip());
  }

  private static EmailAddress email(Complaints complaints, String text) {
    try {
      return EmailAddress.parse(text, "email");
    } catch (InvalidInput e) {
      e.errors().forEach(complaints::add);
      return null;
    }
  }

  private Set<Role> roles(Complaints complaints, List<Role> roles, boolean required) {
    if (roles == null || roles.isEmpty()) {
      complaints.when(
          required,
          "roles",
          "name at least one of DOCTOR, ALLIANCE_LEAD, COORDINATOR, AUDITOR, ADMIN");
      return Set.of();
    }
    if (roles.stream().anyMatch(Objects::isNull)) {
      complaints.about("roles", "must not contain null");
      return Set.of();
    }
    return Set.copyOf(roles);
  }

  private Set<String> jurisdiction(Complaints complaints, List<String> codes) {
    Set<String> jurisdiction = new LinkedHashSet<>();
    if (codes == null) {
      return jurisdiction;
    }
    PlaceTree tree = placeTree.tree();
    for (int i = 0; i < codes.size(); i++) {
      String code = codes.get(i) == null ? null : codes.get(i).strip();
      if (code == null || (!tree.contains(code) && places.find(code).isEmpty())) {
        complaints.about("jurisdiction[" + i + "]", "is not a place");
      } else {
        jurisdiction.add(code);
      }
    }
    return jurisdiction;
  }

  private static void name(Complaints complaints, String field, String value) {
    if (blank(value)) {
      complaints.about(field, "is required");
    } else if (value.strip().length() > MAX_NAME) {
      complaints.add(FieldError.of(field, "at-most-characters-long", MAX_NAME));
    }
  }

  private static Set<String> names(Set<Role> roles) {
    return roles.stream().map(Role::name).collect(Collectors.toCollection(TreeSet::new));
  }
}
