package org.alliancecare.directory.api;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.alliancecare.kernel.RecordNotFound;

/**
 * The places whose records a caller may see: every place of the account's jurisdiction and every
 * place below it (a county covers its townships and villages, a prefecture its counties and all
 * below). An empty jurisdiction covers nothing; no role sees everything by virtue of the role
 * alone. Obtain one with {@link DirectoryFacade#scopeOf(Caller)} or {@link CurrentCaller#scope()};
 * it is immutable and cheap to ask.
 *
 * <p>Records outside the scope are answered exactly like missing ones: use {@link #require} when
 * reading one record, {@link #filter} or {@link #places()} (for {@code place_code = ANY(?)} in SQL)
 * when listing.
 */
public final class DataScope {

  private static final DataScope NOTHING = new DataScope(Set.of(), Set.of());

  private final Set<String> jurisdiction;
  private final Set<String> places;

  private DataScope(Set<String> jurisdiction, Set<String> places) {
    this.jurisdiction = Set.copyOf(jurisdiction);
    this.places = Set.copyOf(places);
  }

  /**
   * A scope over the given places: the jurisdiction as the account names it and every place it
   * covers (the jurisdiction's places and all their descendants).
   */
  public static DataScope of(Set<String> jurisdiction, Set<String> coveredPlaces) {
    if (!coveredPlaces.containsAll(jurisdiction)) {
      throw new IllegalArgumentException("a jurisdiction covers its own places");
    }
    return new DataScope(jurisdiction, coveredPlaces);
  }

  /** A scope of exactly these places, for tests of other modules. */
  public static DataScope covering(String... places) {
    return new DataScope(Set.of(places), Set.of(places));
  }

  public static DataScope nothing() {
    return NOTHING;
  }

  /** Whether a record at this place is visible; {@code null} (no place) is never covered. */
  public boolean covers(String placeCode) {
    return placeCode != null && places.contains(placeCode);
  }

  /**
   * Answers {@link RecordNotFound} for {@code recordType} (the same 404 as a missing record) when
   * the place is outside the scope.
   */
  public void require(String placeCode, String recordType) {
    if (!covers(placeCode)) {
      throw new RecordNotFound(recordType);
    }
  }

  /**
   * The record if its place is in scope, else {@link RecordNotFound}: {@code scope.require(patient,
   * Patient::placeCode, "patient")}.
   */
  public <T> T require(T record, Function<? super T, String> placeOf, String recordType) {
    if (record == null) {
      throw new RecordNotFound(recordType);
    }
    require(placeOf.apply(record), recordType);
    return record;
  }

  /** The records whose place is in scope, in their order. */
  public <T> List<T> filter(Collection<T> records, Function<? super T, String> placeOf) {
    return records.stream().filter(r -> covers(placeOf.apply(r))).toList();
  }

  /** Every place code covered, for queries that filter in the database. */
  public Set<String> places() {
    return places;
  }

  /** The places the account was given, without their descendants. */
  public Set<String> jurisdiction() {
    return jurisdiction;
  }

  public boolean isEmpty() {
    return places.isEmpty();
  }

  @Override
  public String toString() {
    return "DataScope" + jurisdiction + " (" + places.size() + " places)";
  }
}
