package org.alliancecare.directory.internal.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alliancecare.directory.api.DataScope;
import org.alliancecare.directory.api.Place;
import org.alliancecare.directory.api.PlaceLevel;

/**
 * The whole place hierarchy in memory, immutable: which place is below which, so that a
 * jurisdiction can be expanded to every place it covers without a query. It is reference data, a
 * few thousand rows at most; the directory keeps one and replaces it when a place is added.
 */
public final class PlaceTree {

  private final Map<String, Place> places;
  private final Map<String, List<String>> children;

  private PlaceTree(Map<String, Place> places, Map<String, List<String>> children) {
    this.places = places;
    this.children = children;
  }

  public static PlaceTree of(Collection<Place> places) {
    Map<String, Place> byCode = new HashMap<>();
    Map<String, List<String>> children = new HashMap<>();
    for (Place place : places) {
      byCode.put(place.code(), place);
      if (place.parentCode() != null) {
        children.computeIfAbsent(place.parentCode(), p -> new ArrayList<>()).add(place.code());
      }
    }
    children.replaceAll((parent, codes) -> List.copyOf(codes));
    return new PlaceTree(Map.copyOf(byCode), Map.copyOf(children));
  }

  public boolean contains(String code) {
    return code != null && places.containsKey(code);
  }

  public Optional<Place> find(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(places.get(code));
  }

  /** The place and every place below it; empty for an unknown code. */
  public Set<String> subtree(String code) {
    Set<String> found = new HashSet<>();
    if (!contains(code)) {
      return found;
    }
    Deque<String> pending = new ArrayDeque<>();
    pending.push(code);
    while (!pending.isEmpty()) {
      String next = pending.pop();
      if (found.add(next)) {
        children.getOrDefault(next, List.of()).forEach(pending::push);
      }
    }
    return found;
  }

  /**
   * The scope of a jurisdiction: its places (those that exist) and everything below them. A code
   * that is not (or no longer) a place covers nothing.
   */
  public DataScope scopeOf(Set<String> jurisdiction) {
    Set<String> known = new HashSet<>();
    Set<String> covered = new HashSet<>();
    for (String code : jurisdiction) {
      Set<String> below = subtree(code);
      if (!below.isEmpty()) {
        known.add(code);
        covered.addAll(below);
      }
    }
    return DataScope.of(known, covered);
  }

  /** The place and its ancestors, nearest first. */
  public List<Place> ancestry(String code) {
    List<Place> line = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Place place = code == null ? null : places.get(code);
    while (place != null && seen.add(place.code())) {
      line.add(place);
      place = place.parentCode() == null ? null : places.get(place.parentCode());
    }
    return line;
  }

  /** The county-level place that the place lies in, or itself if it is one. */
  public Optional<Place> countyOf(String code) {
    return ancestry(code).stream().filter(p -> p.level() == PlaceLevel.COUNTY).findFirst();
  }

  public int size() {
    return places.size();
  }
}
