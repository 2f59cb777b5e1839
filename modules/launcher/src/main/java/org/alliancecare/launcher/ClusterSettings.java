package org.alliancecare.launcher;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the cluster runner ({@code ./run cluster [nodes]}) needs to know, from the environment: all
 * its parts listen on loopback ports derived from these.
 *
 * @param nodes how many Payara Micro instances of the WAR run behind the load balancer
 * @param balancerPort where HAProxy listens: the one address users and clients are given ({@code
 *     ALLIANCECARE_HTTP_PORT}, as for a single node)
 * @param firstNodePort the first node's HTTP port; node {@code k} (from 1) listens on {@code
 *     firstNodePort + k - 1} ({@code ALLIANCECARE_CLUSTER_NODE_PORT})
 * @param firstGridPort the first node's data-grid (Hazelcast) port, likewise ({@code
 *     ALLIANCECARE_CLUSTER_GRID_PORT})
 * @param primaryPort the PostgreSQL primary's port; its streaming replica listens on the next one
 *     ({@code ALLIANCECARE_CLUSTER_DB_PORT})
 * @param directory where the cluster keeps its databases, secrets, configuration and logs ({@code
 *     <ALLIANCECARE_DATA_DIR>/cluster})
 * @param synchronousReplica whether a commit waits until the replica has it ({@code
 *     ALLIANCECARE_CLUSTER_SYNC_REPLICA}): nothing acknowledged is lost when the primary's machine
 *     is lost, but writes stop while the replica is down
 */
record ClusterSettings(
    int nodes,
    int balancerPort,
    int firstNodePort,
    int firstGridPort,
    int primaryPort,
    Path directory,
    boolean synchronousReplica) {

  static final int DEFAULT_NODES = 3;
  static final int MAXIMUM_NODES = 9;
  static final int DEFAULT_GRID_PORT = 6900;
  static final int DEFAULT_DATABASE_PORT = 55432;

  ClusterSettings {
    if (nodes < 1 || nodes > MAXIMUM_NODES) {
      throw new IllegalArgumentException(
          "a cluster has 1 to " + MAXIMUM_NODES + " nodes, not " + nodes);
    }
  }

  static ClusterSettings from(Map<String, String> environment, Settings settings, String[] args) {
    int nodes = DEFAULT_NODES;
    if (args.length > 1) {
      try {
        nodes = Integer.parseInt(args[1].strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "usage: run cluster [number of nodes], not '" + args[1] + "'");
      }
    }
    int balancer = settings.httpPort();
    return new ClusterSettings(
        nodes,
        balancer,
        Settings.port(environment, "ALLIANCECARE_CLUSTER_NODE_PORT", balancer + 1),
        Settings.port(environment, "ALLIANCECARE_CLUSTER_GRID_PORT", DEFAULT_GRID_PORT),
        Settings.port(environment, "ALLIANCECARE_CLUSTER_DB_PORT", DEFAULT_DATABASE_PORT),
        settings.dataDirectory().resolve("cluster"),
        Boolean.parseBoolean(
            environment.getOrDefault("ALLIANCECARE_CLUSTER_SYNC_REPLICA", "false")));
  }

  int replicaPort() {
    return primaryPort + 1;
  }

  int nodePort(int node) {
    return firstNodePort + node - 1;
  }

  int gridPort(int node) {
    return firstGridPort + node - 1;
  }

  static String nodeName(int node) {
    return "node-" + node;
  }

  /** Every node's data-grid address, for Hazelcast's TCP/IP discovery on loopback. */
  String gridMembers() {
    StringBuilder members = new StringBuilder();
    for (int node = 1; node <= nodes; node++) {
      if (node > 1) {
        members.append(',');
      }
      members.append("127.0.0.1:").append(gridPort(node));
    }
    return members.toString();
  }

  /**
   * The primary as the nodes reach it: both servers listed, the driver connecting to whichever is
   * the primary, so that after the replica is promoted the nodes write to it with no restart.
   */
  String primaryUrl() {
    return "jdbc:postgresql://127.0.0.1:"
        + primaryPort
        + ",127.0.0.1:"
        + replicaPort()
        + "/"
        + EmbeddedDatabase.DATABASE
        + "?targetServerType=primary&hostRecheckSeconds=2&connectTimeout=5";
  }

  /**
   * The replica as the nodes reach it for reads: the replica alone. Not a list with the primary as
   * a fallback: the driver would then keep pooled connections to the primary whenever the replica
   * was out of reach for a moment, and the application's own fallback (reads on the primary while
   * the replica is behind, lost or promoted) already does that job, and counts it.
   */
  String replicaUrl() {
    return "jdbc:postgresql://127.0.0.1:"
        + replicaPort()
        + "/"
        + EmbeddedDatabase.DATABASE
        + "?connectTimeout=5";
  }
}
