package org.alliancecare.patients.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.DataScope;
import org.alliancecare.directory.api.DirectoryFacade;
import org.alliancecare.directory.api.Role;
import org.alliancecare.kernel.BusinessClock;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.InvalidInput.FieldError;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;
import org.alliancecare.kernel.RecordNotFound;
import org.alliancecare.kernel.StaleVersion;
import org.alliancecare.kernel.events.DomainEvent;
import org.alliancecare.patients.api.ChangeQuery;
import org.alliancecare.patients.api.ChangedConsent;
import org.alliancecare.patients.api.ChangedPatient;
import org.alliancecare.patients.api.ConsentDetails;
import org.alliancecare.patients.api.ConsentOnDay;
import org.alliancecare.patients.api.ConsentScope;
import org.alliancecare.patients.api.ConsentView;
import org.alliancecare.patients.api.FamilyContact;
import org.alliancecare.patients.api.GuardianDetails;
import org.alliancecare.patients.api.GuardianView;
import org.alliancecare.patients.api.NationalIdView;
import org.alliancecare.patients.api.PatientFacts;
import org.alliancecare.patients.api.PatientQuery;
import org.alliancecare.patients.api.PatientRegistration;
import org.alliancecare.patients.api.PatientView;
import org.alliancecare.patients.api.PatientsFacade;
import org.alliancecare.patients.api.ReminderPreference;
import org.alliancecare.patients.api.ReminderPreferenceChange;
import org.alliancecare.patients.api.events.ConsentGiven;
import org.alliancecare.patients.api.events.ConsentWithdrawn;
import org.alliancecare.patients.api.events.PatientEdited;
import org.alliancecare.patients.api.events.PatientMergedAway;
import org.alliancecare.patients.api.events.PatientRegistered;
import org.alliancecare.patients.api.events.PatientsMerged;
import org.alliancecare.patients.api.events.ReminderPreferenceChanged;
import org.alliancecare.patients.internal.domain.Consent;
import org.alliancecare.patients.internal.domain.DuplicatePatient;
import org.alliancecare.patients.internal.domain.FamilyLanguage;
import org.alliancecare.patients.internal.domain.Guardian;
import org.alliancecare.patients.internal.domain.IdentityNumberMismatch;
import org.alliancecare.patients.internal.domain.NotAllowedToChangeReminders;
import org.alliancecare.patients.internal.domain.Patient;
import org.alliancecare.patients.internal.domain.PatientDetails;
import org.alliancecare.patients.internal.domain.PersonName;
import org.alliancecare.patients.internal.domain.PossibleDuplicate;
import org.alliancecare.patients.internal.domain.PossibleDuplicate.Candidate;
import org.alliancecare.patients.internal.domain.ResidentIdNumber;
import org.alliancecare.patients.internal.domain.UyghurName;
import org.alliancecare.patients.internal.persistence.NameSearch;
import org.alliancecare.patients.internal.persistence.PatientStore;
import org.alliancecare.patients.internal.persistence.ReminderPreferenceStore;

/** The patients facade. Each public method is one transaction. */
@ApplicationScoped
@Transactional
public class PatientRecords implements PatientsFacade {

  private static final String PATIENT = "patient";
  private static final String CONSENT = "consent";

  @Inject PatientStore store;
  @Inject ReminderPreferenceStore reminders;
  @Inject IdentityNumbers identityNumbers;
  @Inject DirectoryFacade directory;
  @Inject Event<DomainEvent> events;
  @Inject Clock clock;
  @Inject BusinessClock businessClock;

  @Override
  public PatientView register(PatientRegistration registration, Caller by) {
    PatientDetails details = details(registration, by);
    refuseDuplicates(details, registration.duplicatesAcknowledged(), null, by);
    Instant now = clock.instant();
    Patient patient = Patient.register(details, by.username(), now);
    store.add(patient);
    store.flush();
    events.fire(
        new PatientRegistered(
            patient.id(),
            patient.placeCode(),
            patient.sex(),
            patient.birthDate(),
            by.username(),
            now));
    return view(patient);
  }

  @Override
  public PatientView patient(String id, Caller by) {
    return view(visible(id, by));
  }

  @Override
  public void requireVisible(String id, Caller by) {
    String placeCode = store.placeOf(id).orElseThrow(() -> new RecordNotFound(PATIENT));
    directory.scopeOf(by).require(placeCode, PATIENT);
  }

  @Override
  public PatientView edit(
      String id, long expectedVersion, PatientRegistration registration, Caller by) {
    Patient patient = visible(id, by);
    StaleVersion.requireCurrent(expectedVersion, patient.version());
    PatientDetails details = details(registration, by);
    refuseDuplicates(details, registration.duplicatesAcknowledged(), patient.id(), by);
    List<String> changed = changedFields(patient, details);
    Instant now = clock.instant();
    patient.edit(details, now);
    store.flush();
    events.fire(new PatientEdited(patient.id(), patient.placeCode(), changed, by.username(), now));
    return view(patient);
  }

  @Override
  public Page<PatientView> search(PatientQuery query, PageRequest page, Caller by) {
    DataScope scope = directory.scopeOf(by);
    Set<String> places = scope.places();
    if (query.placeCode() != null && !query.placeCode().isBlank()) {
      Set<String> within = new LinkedHashSet<>(placesWithin(query.placeCode().strip()));
      within.retainAll(places);
      places = within;
    }
    NameSearch name = NameSearch.of(query.q());
    String[] after = page.after() == null ? null : page.after().split("\n", 2);
    if (after != null && after.length != 2) {
      throw InvalidInput.of("cursor", "cursor-not-handed-out");
    }
    List<Patient> rows =
        store.search(
            name,
            query.birthDate(),
            places,
            after == null ? null : after[0],
            after == null ? null : after[1],
            page.fetchSize());
    return page.toPage(rows, p -> p.nameKey() + "\n" + p.id()).map(this::view);
  }

  @Override
  public List<PatientView> patients(Collection<String> ids, Caller by) {
    Set<String> places = directory.scopeOf(by).places();
    Map<String, Patient> found = new LinkedHashMap<>();
    for (Patient patient : store.withGuardians(new LinkedHashSet<>(ids))) {
      if (patient.mergedInto().isEmpty() && places.contains(patient.placeCode())) {
        found.put(patient.id(), patient);
      }
    }
    return ids.stream()
        .distinct()
        .map(found::get)
        .filter(Objects::nonNull)
        .map(this::view)
        .toList();
  }

  @Override
  public List<PatientView> patientsWithin(String placeCode, int limit, Caller by) {
    if (placeCode == null || placeCode.isBlank()) {
      throw InvalidInput.of("placeCode", "required");
    }
    Set<String> within = new LinkedHashSet<>(placesWithin(placeCode.strip()));
    within.retainAll(directory.scopeOf(by).places());
    List<String> ids = store.idsAt(within, limit);
    Map<String, Patient> byId = new LinkedHashMap<>();
    store.withGuardians(ids).forEach(patient -> byId.put(patient.id(), patient));
    return ids.stream().map(byId::get).filter(Objects::nonNull).map(this::view).toList();
  }

  @Override
  public NationalIdView nationalId(String id, Caller by) {
    Patient patient = visible(id, by);
    return new NationalIdView(
        patient.id(),
        patient
            .nationalIdSealed()
            .map(stored -> identityNumbers.open(stored).value())
            .orElse(null));
  }

  @Override
  public ConsentView giveConsent(String patientId, ConsentDetails details, Caller by) {
    Patient patient = current(visible(patientId, by));
    if (details.givenOn().isAfter(businessClock.today())) {
      throw InvalidInput.of("givenOn", "cannot-in-future");
    }
    Instant now = clock.instant();
    Consent consent =
        new Consent(
            patient.id(),
            PersonName.of(details.guardianName(), "guardianName"),
            details.relationship(),
            details.scopes(),
            details.givenOn(),
            details.documentRef(),
            by.username(),
            now);
    store.add(consent);
    store.flush();
    events.fire(
        new ConsentGiven(
            patient.id(), consent.id(), consent.scopes(), consent.givenOn(), by.username(), now));
    return view(consent);
  }

  @Override
  public List<ConsentView> consents(String patientId, Caller by) {
    Patient patient = visible(patientId, by);
    return store.consentsOf(patient.mergedInto().orElse(patient.id())).stream()
        .map(this::view)
        .toList();
  }

  @Override
  public Map<String, List<ConsentView>> consentsOf(Collection<String> patientIds, Caller by) {
    Map<String, List<ConsentView>> byPatient = new LinkedHashMap<>();
    for (Consent consent :
        store.consentsOf(new LinkedHashSet<>(patientIds), directory.scopeOf(by).places())) {
      byPatient.computeIfAbsent(consent.patientId(), id -> new ArrayList<>()).add(view(consent));
    }
    return byPatient;
  }

  @Override
  public ConsentView withdrawConsent(String patientId, String consentId, LocalDate on, Caller by) {
    Patient patient = current(visible(patientId, by));
    Consent consent =
        store
            .consent(consentId)
            .filter(c -> c.patientId().equals(patient.id()))
            .orElseThrow(() -> new RecordNotFound(CONSENT));
    LocalDate day = on == null ? businessClock.today() : on;
    consent.withdraw(day);
    consent.changedAt(clock.instant());
    store.flush();
    events.fire(
        new ConsentWithdrawn(patient.id(), consent.id(), day, by.username(), clock.instant()));
    return view(consent);
  }

  @Override
  public PatientView merge(String survivorId, String duplicateId, Caller by) {
    if (duplicateId == null || duplicateId.isBlank()) {
      throw InvalidInput.of("duplicateId", "required");
    }
    DataScope scope = directory.scopeOf(by);
    Patient survivor = lockedVisible(survivorId, scope);
    Patient duplicate = lockedVisible(duplicateId, scope);
    Instant now = clock.instant();
    duplicate.mergeInto(survivor, now);
    store
        .consentsOf(duplicate.id())
        .forEach(
            c -> {
              c.transferTo(survivor.id());
              c.changedAt(now);
            });
    store.flush();
    events.fire(new PatientsMerged(survivor.id(), duplicate.id(), by.username(), now));
    events.fire(new PatientMergedAway(duplicate.id(), survivor.id(), by.username(), now));
    return view(survivor);
  }

  @Override
  public Optional<PatientFacts> facts(String patientId) {
    return store
        .find(patientId)
        .map(p -> p.mergedInto().flatMap(store::find).orElse(p))
        .map(p -> new PatientFacts(p.id(), p.birthDate(), p.sex(), p.placeCode()));
  }

  @Override
  public Optional<ConsentOnDay> factsWithConsent(
      String patientId, ConsentScope scope, LocalDate day) {
    return store.factsWithConsent(patientId, scope, day);
  }

  @Override
  public boolean hasConsent(String patientId, ConsentScope scope, LocalDate day) {
    return facts(patientId)
        .map(PatientFacts::id)
        .map(id -> store.consentsOf(id).stream().anyMatch(c -> c.covers(scope, day)))
        .orElse(false);
  }

  @Override
  public Page<ChangedPatient> changedPatients(ChangeQuery query, PageRequest page, Caller by) {
    ChangeCursor after = ChangeCursor.of(page.after());
    byte[] hash = null;
    if (query.nationalId() != null) {
      hash = identityNumbers.lookupHash(ResidentIdNumber.parse(query.nationalId(), "identifier"));
    }
    List<Patient> rows =
        store.changed(
            directory.scopeOf(by).places(),
            query.since(),
            query.before(),
            query.ids(),
            hash,
            after.at(),
            after.id(),
            page.fetchSize());
    if (query.patientIds() != null) {
      rows = rows.stream().filter(p -> query.patientIds().contains(p.id())).toList();
    }
    return page.toPage(rows, p -> ChangeCursor.key(p.changedAt(), p.id()))
        .map(p -> new ChangedPatient(view(p), p.changedAt()));
  }

  @Override
  public Page<ChangedConsent> changedConsents(ChangeQuery query, PageRequest page, Caller by) {
    ChangeCursor after = ChangeCursor.of(page.after());
    List<Consent> rows =
        store.changedConsents(
            directory.scopeOf(by).places(),
            query.since(),
            query.before(),
            query.ids(),
            query.patientIds(),
            after.at(),
            after.id(),
            page.fetchSize());
    return page.toPage(rows, c -> ChangeCursor.key(c.changedAt(), c.id()))
        .map(c -> new ChangedConsent(view(c), c.changedAt()));
  }

  @Override
  public ReminderPreference reminderPreference(String patientId, Caller by) {
    requireVisible(patientId, by);
    return preference(family(patientId));
  }

  @Override
  public ReminderPreference changeReminderPreference(
      String patientId, long expectedVersion, ReminderPreferenceChange change, Caller by) {
    if (!by.hasAnyRole(Role.DOCTOR, Role.COORDINATOR)) {
      throw new NotAllowedToChangeReminders();
    }
    requireVisible(patientId, by);
    String language =
        change == null || change.language() == null
            ? null
            : FamilyLanguage.parse(change.language(), "language");
    // a change that comes first between this read and the write is refused by the write
    ReminderPreferenceStore.Family family = family(patientId);
    StaleVersion.requireCurrent(expectedVersion, family.version());
    boolean optedOut =
        change == null || change.optedOut() == null ? family.optedOut() : change.optedOut();
    String chosen = language == null ? family.language() : language;
    Instant now = clock.instant();
    long version =
        reminders.record(
            family.patientId(), family.version(), optedOut, chosen, now, by.username());
    events.fire(
        new ReminderPreferenceChanged(
            family.patientId(), family.placeCode(), optedOut, chosen, version, by.username(), now));
    return new ReminderPreference(family.patientId(), optedOut, chosen, version);
  }

  @Override
  public Optional<FamilyContact> familyContact(String patientId) {
    // a merged-away registration has no family of its own: its reminders went to the survivor
    return patientId == null
        ? Optional.empty()
        : reminders
            .family(patientId)
            .filter(f -> !f.mergedAway())
            .map(
                f ->
                    new FamilyContact(
                        f.patientId(),
                        FamilyLanguage.childName(f.language(), f.name(), f.nameUg()),
                        f.phone(),
                        f.language(),
                        f.optedOut(),
                        f.placeCode()));
  }

  private ReminderPreferenceStore.Family family(String patientId) {
    return reminders.family(patientId).orElseThrow(() -> new RecordNotFound(PATIENT));
  }

  private static ReminderPreference preference(ReminderPreferenceStore.Family family) {
    return new ReminderPreference(
        family.patientId(), family.optedOut(), family.language(), family.version());
  }

  /** The key of a list by change time: the last item's change instant and id. */
  private record ChangeCursor(Instant at, String id) {

    static String key(Instant at, String id) {
      return at.getEpochSecond() + "." + at.getNano() + "\n" + id;
    }

    static ChangeCursor of(String after) {
      if (after == null) {
        return new ChangeCursor(null, null);
      }
      String[] parts = after.split("\n", 2);
      try {
        String[] time = parts[0].split("\\.", 2);
        if (parts.length != 2 || time.length != 2) {
          throw new NumberFormatException();
        }
        return new ChangeCursor(
            Instant.ofEpochSecond(Long.parseLong(time[0]), Long.parseLong(time[1])), parts[1]);
      } catch (NumberFormatException e) {
        throw InvalidInput.of("cursor", "cursor-not-handed-out");
      }
    }
  }

  private Patient visible(String id, Caller by) {
    return visible(id, directory.scopeOf(by));
  }

  private Patient visible(String id, DataScope scope) {
    Patient patient = store.find(id).orElseThrow(() -> new RecordNotFound(PATIENT));
    scope.require(patient.placeCode(), PATIENT);
    return patient;
  }

  private Patient lockedVisible(String id, DataScope scope) {
    Patient patient = store.findForUpdate(id).orElseThrow(() -> new RecordNotFound(PATIENT));
    scope.require(patient.placeCode(), PATIENT);
    return patient;
  }

  /** The surviving patient of a merged duplicate; changes go there. */
  private Patient current(Patient patient) {
    return patient.mergedInto().flatMap(store::find).orElse(patient);
  }

  private PatientDetails details(PatientRegistration registration, Caller by) {
    List<FieldError> errors = new ArrayList<>();
    PersonName name = null;
    UyghurName nameUg = null;
    if (registration.name() != null && !registration.name().isBlank()) {
      name = collect(errors, () -> PersonName.of(registration.name(), "name"));
    }
    if (registration.nameUg() != null && !registration.nameUg().isBlank()) {
      nameUg = collect(errors, () -> UyghurName.ofOptional(registration.nameUg(), "nameUg"));
    } else if (registration.name() == null || registration.name().isBlank()) {
      errors.add(FieldError.of("name", "name-or-name-ug-required"));
      errors.add(FieldError.of("nameUg", "name-or-name-ug-required"));
    }
    ResidentIdNumber nationalId = null;
    if (registration.nationalId() != null && !registration.nationalId().isBlank()) {
      nationalId =
          collect(errors, () -> ResidentIdNumber.parse(registration.nationalId(), "nationalId"));
      if (nationalId != null) {
        ResidentIdNumber checked = nationalId;
        collect(
            errors,
            () -> {
              IdentityNumberMismatch.check(checked, registration.birthDate(), registration.sex());
              return checked;
            });
      }
    }
    if (registration.birthDate() != null
        && registration.birthDate().isAfter(businessClock.today())) {
      errors.add(FieldError.of("birthDate", "cannot-in-future"));
    }
    String placeCode = registration.placeCode().strip();
    if (directory.findPlace(placeCode).isEmpty()) {
      errors.add(FieldError.of("placeCode", "not-known-place"));
    } else if (!directory.scopeOf(by).covers(placeCode)) {
      errors.add(FieldError.of("placeCode", "outside-your-jurisdiction"));
    }
    List<Guardian> guardians = new ArrayList<>();
    for (int i = 0; i < registration.guardians().size(); i++) {
      GuardianDetails guardian = registration.guardians().get(i);
      String field = "guardians[" + i + "]";
      boolean named = guardian.name() != null && !guardian.name().isBlank();
      boolean namedUg = guardian.nameUg() != null && !guardian.nameUg().isBlank();
      PersonName guardianName =
          named ? collect(errors, () -> PersonName.of(guardian.name(), field + ".name")) : null;
      UyghurName guardianNameUg =
          namedUg
              ? collect(errors, () -> UyghurName.ofOptional(guardian.nameUg(), field + ".nameUg"))
              : null;
      if (!named && !namedUg) {
        errors.add(new FieldError(field + ".name", "is required when nameUg is not given"));
        errors.add(new FieldError(field + ".nameUg", "is required when name is not given"));
      }
      byte[] guardianId = null;
      if (guardian.nationalId() != null && !guardian.nationalId().isBlank()) {
        ResidentIdNumber number =
            collect(
                errors, () -> ResidentIdNumber.parse(guardian.nationalId(), field + ".nationalId"));
        guardianId = number == null ? null : identityNumbers.seal(number);
      }
      if (guardianName != null || guardianNameUg != null) {
        guardians.add(
            new Guardian(
                guardianName,
                guardianNameUg,
                guardian.relationship(),
                guardian.phone(),
                guardianId));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return new PatientDetails(
        name,
        nameUg,
        registration.sex(),
        registration.birthDate(),
        nationalId == null ? null : identityNumbers.seal(nationalId),
        nationalId == null ? null : identityNumbers.lookupHash(nationalId),
        blankToNull(registration.ethnicity()),
        placeCode,
        blankToNull(registration.address()),
        guardians);
  }

  private void refuseDuplicates(
      PatientDetails details, boolean acknowledged, String self, Caller by) {
    if (details.nationalIdHash() != null) {
      store
          .byNationalIdHash(details.nationalIdHash())
          .filter(existing -> !existing.id().equals(self))
          .ifPresent(
              existing -> {
                throw new DuplicatePatient(existing.mergedInto().orElse(existing.id()));
              });
    }
    if (acknowledged) {
      return;
    }
    Map<String, Candidate> candidates = new LinkedHashMap<>();
    DataScope scope = directory.scopeOf(by);
    if (details.name() != null) {
      for (Patient match :
          store.sameNameAndBirthDate(details.name().searchKey(), details.birthDate())) {
        candidates.putIfAbsent(match.id(), candidate(match, "name and birth date", scope));
      }
    }
    if (details.nameUg() != null) {
      for (Patient match :
          store.sameUyghurNameAndBirthDate(details.nameUg().searchKey(), details.birthDate())) {
        candidates.putIfAbsent(match.id(), candidate(match, "Uyghur name and birth date", scope));
      }
    }
    Set<String> phones = new LinkedHashSet<>();
    details.guardians().stream()
        .map(Guardian::phoneKey)
        .filter(Objects::nonNull)
        .forEach(phones::add);
    for (Patient match : store.sameGuardianPhoneAndBirthDate(phones, details.birthDate())) {
      candidates.putIfAbsent(match.id(), candidate(match, "guardian phone and birth date", scope));
    }
    candidates.remove(self);
    if (!candidates.isEmpty()) {
      throw new PossibleDuplicate(List.copyOf(candidates.values()));
    }
  }

  /** A candidate outside the caller's scope is reported without its name. */
  private static Candidate candidate(Patient match, String matchedOn, DataScope scope) {
    boolean visible = scope.covers(match.placeCode());
    return new Candidate(
        match.id(),
        visible ? match.name() : null,
        visible ? match.nameUg() : null,
        match.birthDate(),
        visible ? match.placeCode() : null,
        matchedOn);
  }

  private List<String> changedFields(Patient patient, PatientDetails details) {
    List<String> changed = new ArrayList<>();
    if (!Objects.equals(patient.name(), details.name() == null ? null : details.name().value())) {
      changed.add("name");
    }
    if (!Objects.equals(
        patient.nameUg(), details.nameUg() == null ? null : details.nameUg().value())) {
      changed.add("nameUg");
    }
    if (patient.sex() != details.sex()) {
      changed.add("sex");
    }
    if (!patient.birthDate().equals(details.birthDate())) {
      changed.add("birthDate");
    }
    byte[] before =
        patient
            .nationalIdSealed()
            .map(identityNumbers::open)
            .map(n -> n.value().getBytes())
            .orElse(null);
    byte[] after =
        details.nationalIdSealed() == null
            ? null
            : identityNumbers.open(details.nationalIdSealed()).value().getBytes();
    if (!Arrays.equals(before, after)) {
      changed.add("nationalId");
    }
    if (!Objects.equals(patient.ethnicity(), details.ethnicity())) {
      changed.add("ethnicity");
    }
    if (!patient.placeCode().equals(details.placeCode())) {
      changed.add("placeCode");
    }
    if (!Objects.equals(patient.address(), details.address())) {
      changed.add("address");
    }
    if (!guardiansEqual(patient.guardians(), details.guardians())) {
      changed.add("guardians");
    }
    return changed;
  }

  private static boolean guardiansEqual(List<Guardian> a, List<Guardian> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      Guardian x = a.get(i);
      Guardian y = b.get(i);
      if (!Objects.equals(x.name(), y.name())
          || !Objects.equals(x.nameUg(), y.nameUg())
          || !x.relationship().equals(y.relationship())
          || !Objects.equals(x.phone(), y.phone())
          || (x.nationalIdSealed() == null) != (y.nationalIdSealed() == null)) {
        return false;
      }
    }
    return true;
  }

  /** The place and every place below it, from the directory's place tree. */
  private Set<String> placesWithin(String placeCode) {
    if (directory.findPlace(placeCode).isEmpty()) {
      throw InvalidInput.of("placeCode", "not-known-place");
    }
    return directory.placesWithin(placeCode);
  }

  PatientView view(Patient patient) {
    return new PatientView(
        patient.id(),
        patient.version(),
        patient.name(),
        patient.nameUg(),
        patient.nameUgLatin(),
        patient.sex(),
        patient.birthDate(),
        patient.nationalIdSealed().map(identityNumbers::masked).orElse(null),
        patient.ethnicity(),
        patient.placeCode(),
        patient.address(),
        patient.guardians().stream()
            .map(
                g ->
                    new GuardianView(
                        g.name(),
                        g.nameUg(),
                        g.nameUgLatin(),
                        g.relationship(),
                        g.phone(),
                        identityNumbers.masked(g.nationalIdSealed())))
            .toList(),
        patient.registeredAt(),
        patient.registeredBy(),
        patient.mergedInto().orElse(null));
  }

  private ConsentView view(Consent consent) {
    return new ConsentView(
        consent.id(),
        consent.patientId(),
        consent.guardianName(),
        consent.relationship(),
        consent.scopes(),
        consent.givenOn(),
        consent.withdrawnOn(),
        consent.documentRef(),
        consent.isActiveOn(businessClock.today()),
        consent.version());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  private static <T> T collect(List<FieldError> errors, java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (InvalidInput e) {
      errors.addAll(e.errors());
      return null;
    }
  }
}
