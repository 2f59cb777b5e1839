package org.alliancecare.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * HAProxy (Debian's package) in front of the nodes: one address for users and clients, each node
 * checked on {@code /health/ready} every second and taken out after two failed checks (a node
 * killed, starting, or without its database), back after two good ones. Browsers are kept on one
 * node by a cookie ({@code ACNODE}) only to keep their pages fast; their sessions live in the data
 * grid, so that a browser whose node is lost carries on with its session on another node. A request
 * is sent again to another node only if it could not be delivered at all (a refused connection),
 * never after a node took it: a write whose answer was lost is retried by its client with its
 * {@code Idempotency-Key}.
 */
final class LoadBalancer implements AutoCloseable {

  private final Process process;

  private LoadBalancer(Process process) {
    this.process = process;
  }

  static LoadBalancer start(ClusterSettings cluster) throws IOException, InterruptedException {
    Path haproxy = DebianPackages.haproxy();
    writeErrorAnswers(cluster.directory().resolve("errors"));
    Path configuration = cluster.directory().resolve("haproxy.cfg");
    Files.writeString(configuration, configuration(cluster), StandardCharsets.UTF_8);
    Path log = cluster.directory().resolve("logs").resolve("haproxy.log");
    Process check =
        new ProcessBuilder(haproxy.toString(), "-c", "-q", "-f", configuration.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    if (!check.waitFor(30, TimeUnit.SECONDS) || check.exitValue() != 0) {
      throw new IllegalStateException("HAProxy refused its configuration (see " + log + ")");
    }
    Process process =
        new ProcessBuilder(haproxy.toString(), "-db", "-f", configuration.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    return new LoadBalancer(process);
  }

  static String configuration(ClusterSettings cluster) {
    List<String> lines =
        new ArrayList<>(
            List.of(
                "# written by the AllianceCare cluster runner (launcher LoadBalancer); do not edit",
                "global",
                "  maxconn 4096",
                "",
                "defaults",
                "  mode http",
                "  timeout connect 2s",
                "  timeout client 120s",
                "  timeout server 120s",
                "  timeout http-request 30s",
                "  timeout queue 30s",
                "  retries 2",
                "  option redispatch",
                "  errorfile 502 " + errorAnswer(cluster.directory().resolve("errors"), 502),
                "  errorfile 503 " + errorAnswer(cluster.directory().resolve("errors"), 503),
                "  errorfile 504 " + errorAnswer(cluster.directory().resolve("errors"), 504),
                "",
                "frontend alliancecare",
                "  bind 127.0.0.1:" + cluster.balancerPort(),
                "  default_backend nodes",
                "",
                "backend nodes",
                "  balance roundrobin",
                "  option httpchk GET /health/ready",
                "  http-check expect status 200",
                "  cookie ACNODE insert indirect nocache httponly attr SameSite=Lax",
                "  default-server check inter 1s fastinter 500ms downinter 1s fall 2 rise 2"));
    for (int node = 1; node <= cluster.nodes(); node++) {
      String name = ClusterSettings.nodeName(node);
      lines.add("  server " + name + " 127.0.0.1:" + cluster.nodePort(node) + " cookie " + name);
    }
    return String.join("\n", lines) + "\n";
  }

  private static final int[] ERRORS = {502, 503, 504};

  private static Path errorAnswer(Path folder, int status) {
    return folder.resolve(status + ".http");
  }

  /**
   * HAProxy's own answers when no node can take a request (all out, or the one taking it died): a
   * problem document like the application's, with its headers (no caching, no sniffing, a content
   * security policy), instead of HAProxy's bare HTML page; the client sends the request again, with
   * its {@code Idempotency-Key} for a write.
   */
  private static void writeErrorAnswers(Path folder) throws IOException {
    Files.createDirectories(folder);
    for (int status : ERRORS) {
      String title =
          switch (status) {
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            default -> "Gateway Timeout";
          };
      String body =
          "{\"type\":\"service-unavailable\",\"title\":\""
              + title
              + "\",\"status\":"
              + status
              + ",\"detail\":\"The request could not be served just now; send it again in a few"
              + " seconds.\"}";
      String answer =
          "HTTP/1.1 "
              + status
              + " "
              + title
              + "\r\n"
              + "Content-Type: application/problem+json\r\n"
              + "Cache-Control: no-store\r\n"
              + "X-Content-Type-Options: nosniff\r\n"
              + "Content-Security-Policy: default-src 'none'; frame-ancestors 'none'\r\n"
              + "Retry-After: 5\r\n"
              + "Connection: close\r\n"
              + "Content-Length: "
              + body.getBytes(StandardCharsets.UTF_8).length
              + "\r\n\r\n"
              + body;
      Files.writeString(errorAnswer(folder, status), answer, StandardCharsets.UTF_8);
    }
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  boolean alive() {
    return process.isAlive();
  }
}
