package org.alliancecare.directory.internal.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.alliancecare.directory.api.Role;
import org.alliancecare.directory.internal.domain.Account;
import org.alliancecare.directory.internal.domain.SignInAttempts;

/** The accounts and their failed sign-in attempts. */
@ApplicationScoped
public class AccountStore {

  @PersistenceContext(unitName = "directory")
  EntityManager em;

  public Optional<Account> byUsername(String username) {
    return em.createNamedQuery("Account.byUsername", Account.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  public Optional<Account> byId(String id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  /** Accounts in username order after {@code after} ({@code ""} for the first). */
  public List<Account> after(String after, int limit) {
    return em.createNamedQuery("Account.after", Account.class)
        .setParameter("after", after == null ? "" : after)
        .setMaxResults(limit)
        .getResultList();
  }

  /** Usernames of the enabled accounts linked to the practitioner, in order. */
  public List<String> enabledOfPractitioner(String practitionerId) {
    return em.createNamedQuery("Account.ofPractitioner", String.class)
        .setParameter("practitioner", practitionerId)
        .getResultList();
  }

  /**
   * Usernames of the enabled accounts with {@code role} whose jurisdiction names one of {@code
   * places} (a place and its ancestors: who covers it), in order.
   */
  public List<String> enabledWithRoleIn(Role role, Collection<String> places) {
    if (places.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("Account.withRoleIn", String.class)
        .setParameter("role", role)
        .setParameter("places", List.copyOf(places))
        .getResultList();
  }

  public long enabledAdministrators() {
    return em.createQuery(
            "SELECT COUNT(a) FROM Account a JOIN a.roles r WHERE a.enabled = TRUE AND r = :admin",
            Long.class)
        .setParameter("admin", Role.ADMIN)
        .getSingleResult();
  }

  public void add(Account account) {
    em.persist(account);
    em.persist(new SignInAttempts(account.id()));
  }

  /**
   * The account's attempts, locked for the rest of the transaction so that concurrent sign-ins of
   * one account count every failure.
   */
  public SignInAttempts attemptsOf(Account account) {
    SignInAttempts attempts =
        em.find(SignInAttempts.class, account.id(), LockModeType.PESSIMISTIC_WRITE);
    if (attempts == null) {
      attempts = new SignInAttempts(account.id());
      em.persist(attempts);
    }
    return attempts;
  }

  /** Writes pending changes now, so that a constraint violation surfaces here. */
  public void flush() {
    em.flush();
  }
}
