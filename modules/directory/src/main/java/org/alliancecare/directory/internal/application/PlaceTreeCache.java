package org.alliancecare.directory.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.alliancecare.directory.api.events.PlaceAdded;
import org.alliancecare.directory.internal.domain.Place;
import org.alliancecare.directory.internal.domain.PlaceTree;
import org.alliancecare.directory.internal.persistence.PlaceStore;

/**
 * The place hierarchy, held in memory because every scoped request needs it and it changes rarely.
 * A place change on any node drops it on every node: the node that changed it drops it after its
 * transaction commits, the others when they hear the change's notification ({@link
 * ChangesOfOtherNodes}, sent on commit). While a node does not hear the other nodes' changes (its
 * listening connection is lost) the tree is read from the database on every use, since changes sent
 * meanwhile are missed; and it is reloaded at least every {@link #MAX_AGE} (a place inserted by
 * hand in the database).
 */
@ApplicationScoped
public class PlaceTreeCache {

  static final Duration MAX_AGE = Duration.ofMinutes(5);

  @Inject PlaceStore places;
  @Inject Clock clock;

  private volatile Snapshot snapshot;
  private volatile boolean heard;

  /** Counts the drops, so that a tree read before a drop is not kept after it. */
  private final AtomicLong generation = new AtomicLong();

  private record Snapshot(PlaceTree tree, Instant loadedAt) {}

  public PlaceTree tree() {
    Snapshot current = snapshot;
    Instant now = clock.instant();
    if (current != null && heard && now.isBefore(current.loadedAt().plus(MAX_AGE))) {
      return current.tree();
    }
    long before = generation.get();
    PlaceTree tree = PlaceTree.of(places.all().stream().map(Place::view).toList());
    synchronized (this) {
      if (heard && generation.get() == before) {
        snapshot = new Snapshot(tree, now);
      }
    }
    return tree;
  }

  /** A place changed (on this node or another): the tree is read again on its next use. */
  public synchronized void drop() {
    generation.incrementAndGet();
    snapshot = null;
  }

  /** The other nodes' changes are heard (again): start afresh, changes may have been missed. */
  public void heard() {
    drop();
    heard = true;
  }

  /** The other nodes' changes are no longer heard: nothing is kept until they are heard again. */
  public void unheard() {
    heard = false;
    drop();
  }

  /** Whether the tree is kept between uses (the other nodes' changes are heard). */
  public boolean keeping() {
    return heard;
  }

  void placeAdded(@Observes(during = TransactionPhase.AFTER_SUCCESS) PlaceAdded added) {
    drop();
  }
}
