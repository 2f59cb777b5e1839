package org.alliancecare.directory.internal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alliancecare.directory.api.PlaceLevel;
import org.alliancecare.directory.internal.domain.Place;
import org.alliancecare.kernel.PageRequest;

/**
 * The places. Every change of a place is announced on {@link #CHANGED} in its transaction, so that
 * every node's place tree is dropped when it commits (and not if it rolls back).
 */
@ApplicationScoped
public class PlaceStore {

  /** The PostgreSQL notification channel of place changes; the payload is the place's code. */
  public static final String CHANGED = "directory_place_changed";

  @PersistenceContext(unitName = "directory")
  EntityManager em;

  public List<Place> all() {
    return em.createNamedQuery("Place.all", Place.class).getResultList();
  }

  public Optional<Place> find(String code) {
    return code == null ? Optional.empty() : Optional.ofNullable(em.find(Place.class, code));
  }

  /** One page in code order, below {@code parentCode} and of {@code level} where given. */
  public List<Place> page(String parentCode, PlaceLevel level, PageRequest page) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Place> query = cb.createQuery(Place.class);
    Root<Place> place = query.from(Place.class);
    List<Predicate> where = new ArrayList<>();
    if (parentCode != null) {
      where.add(cb.equal(place.get("parentCode"), parentCode));
    }
    if (level != null) {
      where.add(cb.equal(place.get("level"), level));
    }
    if (page.after() != null) {
      where.add(cb.greaterThan(place.get("code"), page.after()));
    }
    query.select(place).where(where.toArray(Predicate[]::new)).orderBy(cb.asc(place.get("code")));
    TypedQuery<Place> typed = em.createQuery(query).setMaxResults(page.fetchSize());
    return typed.getResultList();
  }

  public void add(Place place) {
    em.persist(place);
    announceChange(place.code());
  }

  private void announceChange(String code) {
    em.createNativeQuery("SELECT pg_notify(?, ?)")
        .setParameter(1, CHANGED)
        .setParameter(2, code)
        .getResultList();
  }
}
