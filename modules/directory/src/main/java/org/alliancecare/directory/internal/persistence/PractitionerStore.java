package org.alliancecare.directory.internal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alliancecare.directory.internal.domain.Practitioner;
import org.alliancecare.kernel.PageRequest;

/** The practitioners. */
@ApplicationScoped
public class PractitionerStore {

  @PersistenceContext(unitName = "directory")
  EntityManager em;

  public Optional<Practitioner> find(String id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em.find(Practitioner.class, id));
  }

  /**
   * One page ordered by name and id, of names containing {@code q} (already in searchable form) and
   * of {@code specialty}, each where given.
   */
  public List<Practitioner> page(String q, String specialty, PageRequest page) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Practitioner> query = cb.createQuery(Practitioner.class);
    Root<Practitioner> practitioner = query.from(Practitioner.class);
    List<Predicate> where = new ArrayList<>();
    if (q != null && !q.isEmpty()) {
      where.add(cb.like(practitioner.get("searchName"), "%" + escapeLike(q) + "%", '\\'));
    }
    if (specialty != null) {
      where.add(cb.equal(practitioner.get("specialty"), specialty));
    }
    Keyset.after(cb, practitioner.get("name"), practitioner.get("id"), page).ifPresent(where::add);
    query
        .select(practitioner)
        .where(where.toArray(Predicate[]::new))
        .orderBy(cb.asc(practitioner.get("name")), cb.asc(practitioner.get("id")));
    return em.createQuery(query).setMaxResults(page.fetchSize()).getResultList();
  }

  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  public void add(Practitioner practitioner) {
    em.persist(practitioner);
  }

  /** Writes pending changes now, so that the new version is known. */
  public void flush() {
    em.flush();
  }
}
