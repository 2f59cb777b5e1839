package org.alliancecare.notifications.internal.application;

import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/** The managed scheduled executor of the worker and the scan. */
final class Schedulers {

  private static final String DEFAULT_SCHEDULER =
      "java:comp/DefaultManagedScheduledExecutorService";

  private Schedulers() {}

  /**
   * The injected executor, or the default one looked up by name (Payara leaves {@code @Resource}
   * fields unset when a bean is first created inside an EJB's start-up).
   */
  static ManagedScheduledExecutorService orDefault(ManagedScheduledExecutorService injected) {
    if (injected != null) {
      return injected;
    }
    try {
      return InitialContext.doLookup(DEFAULT_SCHEDULER);
    } catch (NamingException e) {
      throw new IllegalStateException("no managed scheduled executor is bound", e);
    }
  }
}
