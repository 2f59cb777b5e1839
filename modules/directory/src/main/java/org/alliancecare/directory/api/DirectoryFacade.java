package org.alliancecare.directory.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.alliancecare.kernel.Page;
import org.alliancecare.kernel.PageRequest;

/**
 * The directory: places, organisations, practitioners, accounts, and the data scope of a caller.
 * Reference data (places, organisations, practitioners) is visible to every signed-in caller;
 * accounts are visible to administrators, and to coordinators and auditors within their scope.
 * Records that the caller may not see answer {@link org.alliancecare.kernel.RecordNotFound}.
 */
public interface DirectoryFacade {

  /** What {@code caller} may see; other modules filter with it. */
  DataScope scopeOf(Caller caller);

  // places

  /** Places below {@code parentCode} (all if {@code null}) of {@code level} (any if null). */
  Page<Place> places(String parentCode, PlaceLevel level, PageRequest page);

  Optional<Place> findPlace(String code);

  /** The county-level place that {@code placeCode} lies in (itself if it is one). */
  Optional<Place> countyOf(String placeCode);

  /**
   * The codes of the place and of every place below it (a county's townships and villages), for
   * lists narrowed to a place; empty for a code that names no place.
   */
  Set<String> placesWithin(String placeCode);

  Place addPlace(NewPlace place, Caller by);

  // organisations

  Page<Organisation> organisations(OrganisationKind kind, String placeCode, PageRequest page);

  Optional<Organisation> findOrganisation(String id);

  Organisation addOrganisation(NewOrganisation organisation, Caller by);

  // practitioners

  /** Practitioners whose name contains {@code q} (any if blank), of {@code specialty} if given. */
  Page<Practitioner> practitioners(String q, String specialty, PageRequest page);

  Optional<Practitioner> findPractitioner(String id);

  Practitioner registerPractitioner(PractitionerDetails details, Caller by);

  /** Replaces the record if it is still at {@code expectedVersion}. */
  Practitioner changePractitioner(
      String id, long expectedVersion, PractitionerDetails details, Caller by);

  // accounts

  /** The caller's own account. */
  Account me(Caller caller);

  /**
   * Keeps the language the caller chose for the UI on their own account, so that it follows them to
   * every browser: one of {@link Account#LANGUAGES}, else {@code InvalidInput} naming {@code
   * language}.
   */
  Account changeLanguage(Caller caller, String language);

  /** Every account for an administrator; the accounts within their scope for others. */
  Page<Account> accounts(PageRequest page, Caller by);

  Account account(String username, Caller by);

  Account createAccount(NewAccount account, Caller by);

  Account changeAccount(String username, long expectedVersion, AccountChange change, Caller by);

  // for reminders (system use: no caller, no data scope); issue 20

  /**
   * How to reach the holder of the account: empty for an unknown username; a disabled account is
   * answered with {@code enabled=false}.
   */
  Optional<StaffContact> staffContact(String username);

  /**
   * Usernames of enabled COORDINATOR accounts whose jurisdiction covers the place (names the place
   * or one of its ancestors), in order; none for an unknown place.
   */
  List<String> coordinatorsCovering(String placeCode);

  /** Usernames of enabled accounts linked to the practitioner ({@code Account.practitionerId}). */
  List<String> accountsOfPractitioner(String practitionerId);
}
