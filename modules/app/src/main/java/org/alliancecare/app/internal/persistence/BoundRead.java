package org.alliancecare.app.internal.persistence;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.alliancecare.kernel.persistence.StaleTolerantRead;

/**
 * A replica read bound to the thread that began it ({@link ReplicaRouting#within}): while it is
 * bound, the application's data source ({@link ReadBoundDataSource}) lends its connection to every
 * store that asks on this thread, and their closing it does not close it. Unbinding ends the read.
 */
final class BoundRead implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(BoundRead.class.getName());
  private static final ThreadLocal<BoundRead> CURRENT = new ThreadLocal<>();

  private final StaleTolerantRead read;
  private final Connection lent;

  private BoundRead(StaleTolerantRead read) {
    this.read = read;
    Connection connection = read.connection();
    this.lent =
        (Connection)
            Proxy.newProxyInstance(
                BoundRead.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("close") && method.getParameterCount() == 0) {
                    return null; // the read's connection, given back when the read ends
                  }
                  try {
                    return method.invoke(connection, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
  }

  /** Binds {@code read} to this thread until the answer is closed. */
  static BoundRead bind(StaleTolerantRead read) {
    if (CURRENT.get() != null) {
      throw new IllegalStateException("a read is already bound to this thread");
    }
    BoundRead bound = new BoundRead(read);
    CURRENT.set(bound);
    return bound;
  }

  /** Whether a read is bound to this thread. */
  static boolean bound() {
    return CURRENT.get() != null;
  }

  /** The bound read's connection, lent (closing it does nothing); null when none is bound. */
  static Connection lent() {
    BoundRead bound = CURRENT.get();
    return bound == null ? null : bound.lent;
  }

  @Override
  public void close() {
    CURRENT.remove();
    try {
      read.close();
    } catch (SQLException e) {
      // what was read stands; the replica's connection is gone and the pool replaces it
      LOG.log(Level.WARNING, "a replica read could not be ended: " + e.getMessage());
    }
  }
}
