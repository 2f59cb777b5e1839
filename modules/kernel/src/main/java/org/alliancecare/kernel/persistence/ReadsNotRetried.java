package org.alliancecare.kernel.persistence;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Session;

/**
 * Turns off EclipseLink's own retry of a read whose connection broke, in every module's persistence
 * unit ({@code eclipselink.session.customizer}). That retry (three attempts by default, for any
 * read outside a transaction of EclipseLink's own, which every read in a JTA transaction is)
 * repeats the failed query, and a {@code find} repeated after one of its entity's collections
 * failed to load answers the entity that the failed attempt had already put into the persistence
 * context, with that collection empty: an account without its roles or its jurisdiction, a patient
 * without guardians. Without it, a read broken by a database restart fails as a whole; the request
 * is answered 503 and the client sends it again (issue 14, item 4; {@code
 * AccountReadDuringOutageIT} shows both).
 */
public class ReadsNotRetried implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
      login.setQueryRetryAttemptCount(0);
    }
  }
}
