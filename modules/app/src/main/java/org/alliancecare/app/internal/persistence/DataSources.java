package org.alliancecare.app.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * The application's data source ({@link Database}) for the CDI beans of every module, which inject
 * {@code DataSource} instead of each looking it up by name. Connections come from Payara's JTA
 * pool, so every statement joins the transaction of the facade method that runs it. EJBs keep their
 * own {@code @Resource}. On a thread running a stale-tolerant read bound to it ({@link
 * ReplicaRouting#within}) it lends that read's connection, on the replica, instead.
 */
@ApplicationScoped
public class DataSources {

  @Resource(lookup = Database.JNDI_NAME)
  DataSource bound;

  /**
   * The data source, made once, on first use. Payara leaves {@code @Resource} fields unset when a
   * bean is first created inside an EJB's start-up (the demo installation appoints the Pediatrics
   * lead from the directory's first start), so it is then looked up by name.
   */
  @Produces
  @ApplicationScoped
  DataSource dataSource() {
    return new ReadBoundDataSource(primaryPool());
  }

  /** The primary's pool itself, which never lends a bound read's connection. */
  DataSource primaryPool() {
    if (bound != null) {
      return bound;
    }
    try {
      return InitialContext.doLookup(Database.JNDI_NAME);
    } catch (NamingException e) {
      throw new IllegalStateException("the application's data source is not bound", e);
    }
  }
}
