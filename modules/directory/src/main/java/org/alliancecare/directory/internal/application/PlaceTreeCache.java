package org.alliancecare.directory.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.alliancecare.directory.api.events.PlaceAdded;
import org.alliancecare.directory.internal.domain.Place;
import org.alliancecare.directory.internal.domain.PlaceTree;
import org.alliancecare.directory.internal.persistence.PlaceStore;

/**
 * The place hierarchy, held in memory because every scoped request needs it and it changes rarely.
 * It is dropped when a place is added on this node (after the transaction commits) and reloaded at
 * least every {@link #MAX_AGE}, so that another node's additions arrive within that time.
 */
@ApplicationScoped
public class PlaceTreeCache {

  static final Duration MAX_AGE = Duration.ofMinutes(5);

  @Inject PlaceStore places;
  @Inject Clock clock;

  private volatile Snapshot snapshot;

  private record Snapshot(PlaceTree tree, Instant loadedAt) {}

  public PlaceTree tree() {
    Snapshot current = snapshot;
    Instant now = clock.instant();
    if (current == null || !now.isBefore(current.loadedAt().plus(MAX_AGE))) {
      current = new Snapshot(PlaceTree.of(places.all().stream().map(Place::view).toList()), now);
      snapshot = current;
    }
    return current.tree();
  }

  void placeAdded(@Observes(during = TransactionPhase.AFTER_SUCCESS) PlaceAdded added) {
    snapshot = null;
  }
}
