package org.alliancecare.directory.internal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alliancecare.directory.api.OrganisationKind;
import org.alliancecare.directory.internal.domain.Organisation;
import org.alliancecare.kernel.PageRequest;

/** The organisations. */
@ApplicationScoped
public class OrganisationStore {

  @PersistenceContext(unitName = "directory")
  EntityManager em;

  public Optional<Organisation> find(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em.find(Organisation.class, id));
  }

  /** The organisation with this stable handle of the reference data (e.g. {@code WS-H}). */
  public Optional<Organisation> byKey(String key) {
    return em.createNamedQuery("Organisation.byKey", Organisation.class)
        .setParameter("key", key)
        .getResultStream()
        .findFirst();
  }

  public boolean keyTaken(String key) {
    return !em.createNamedQuery("Organisation.byKey", Organisation.class)
        .setParameter("key", key)
        .getResultList()
        .isEmpty();
  }

  /** One page ordered by English name and id; the cursor key is {@code nameEn + U+0000 + id}. */
  public List<Organisation> page(OrganisationKind kind, String placeCode, PageRequest page) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Organisation> query = cb.createQuery(Organisation.class);
    Root<Organisation> organisation = query.from(Organisation.class);
    List<Predicate> where = new ArrayList<>();
    if (kind != null) {
      where.add(cb.equal(organisation.get("kind"), kind));
    }
    if (placeCode != null) {
      where.add(cb.equal(organisation.get("placeCode"), placeCode));
    }
    Keyset.after(cb, organisation.get("nameEn"), organisation.get("id"), page)
        .ifPresent(where::add);
    Path<String> name = organisation.get("nameEn");
    query
        .select(organisation)
        .where(where.toArray(Predicate[]::new))
        .orderBy(cb.asc(name), cb.asc(organisation.get("id")));
    return em.createQuery(query).setMaxResults(page.fetchSize()).getResultList();
  }

  public void add(Organisation organisation) {
    em.persist(organisation);
  }
}
