package org.alliancecare.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The village's mobile network, between the browser and the application: a TCP relay on loopback
 * that a test can cut and restore. Cut, it resets every open connection at once (a request in
 * flight may have reached the application while its answer is lost, as when the signal drops) and
 * resets each new one as soon as it is accepted, so that the browser sees a failed connection, not
 * a slow one.
 */
final class CuttableLink implements AutoCloseable {

  private final ServerSocket listener;
  private final InetSocketAddress upstream;
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private final AtomicLong connections = new AtomicLong();
  private volatile boolean cut;
  private volatile boolean closed;
  private volatile boolean answersLost;
  private volatile Trap trap;

  /** Cuts the link once {@code count} requests starting with {@code requestLine} went through. */
  private record Trap(byte[] requestLine, int count, AtomicLong seen) {}

  private CuttableLink(InetSocketAddress upstream) throws IOException {
    this.upstream = upstream;
    this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(this::accept, "cuttable-link-" + listener.getLocalPort());
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** A link to the application at {@code application} (its host and port). */
  static CuttableLink to(URI application) {
    try {
      return new CuttableLink(
          new InetSocketAddress(InetAddress.getLoopbackAddress(), application.getPort()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The application as the browser reaches it, through this link: {@code http://localhost:port/}.
   */
  URI uri(String path) {
    return URI.create("http://localhost:" + listener.getLocalPort()).resolve(path);
  }

  /** Drops the network: every open connection is reset, every new one refused. */
  void cut() {
    cut = true;
    for (Socket socket : open) {
      reset(socket);
    }
  }

  /** The network is back. */
  void restore() {
    answersLost = false;
    cut = false;
  }

  /**
   * Drops the network in the worst moment, the {@code count}-th time a request starting with {@code
   * requestLine} (e.g. {@code POST /api/screenings}) reaches the application: that request is
   * delivered, its answer and every later byte from the application are lost, and the link is cut a
   * moment later, while the application has done the work.
   */
  void cutAfter(String requestLine, int count) {
    trap = new Trap(requestLine.getBytes(StandardCharsets.US_ASCII), count, new AtomicLong());
  }

  boolean isCut() {
    return cut;
  }

  /** How many connections the browser has opened through the link so far. */
  long connections() {
    return connections.get();
  }

  private void accept() {
    while (!closed) {
      Socket browser;
      try {
        browser = listener.accept();
      } catch (IOException e) {
        return;
      }
      connections.incrementAndGet();
      if (cut) {
        reset(browser);
        continue;
      }
      try {
        Socket application = new Socket(upstream.getAddress(), upstream.getPort());
        // a relay must not hold back small writes (Nagle's algorithm against the peer's delayed
        // acknowledgement costs 40 ms a request), or it would be a slow network of its own
        browser.setTcpNoDelay(true);
        application.setTcpNoDelay(true);
        open.add(browser);
        open.add(application);
        pipe(browser, application, true);
        pipe(application, browser, false);
      } catch (IOException e) {
        reset(browser);
      }
    }
  }

  private void pipe(Socket from, Socket to, boolean toApplication) {
    Thread relay =
        new Thread(
            () -> {
              byte[] buffer = new byte[16 * 1024];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int read;
                while (!cut && (read = in.read(buffer)) != -1) {
                  if (!toApplication && answersLost) {
                    continue;
                  }
                  out.write(buffer, 0, read);
                  out.flush();
                  if (toApplication) {
                    springTrap(buffer, read);
                  }
                }
              } catch (IOException ended) {
                // one side went away, or the link was cut: both sides end
              } finally {
                reset(from);
                reset(to);
              }
            },
            "cuttable-link-relay");
    relay.setDaemon(true);
    relay.start();
  }

  private void springTrap(byte[] buffer, int length) {
    Trap armed = trap;
    if (armed == null || occurrences(buffer, length, armed.requestLine()) == 0) {
      return;
    }
    if (armed.seen().addAndGet(occurrences(buffer, length, armed.requestLine())) >= armed.count()) {
      trap = null;
      answersLost = true;
      Thread later =
          new Thread(
              () -> {
                try {
                  Thread.sleep(500);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                cut();
              },
              "cuttable-link-trap");
      later.setDaemon(true);
      later.start();
    }
  }

  /** How often a request line starts in a chunk of a request stream (at its start or a line's). */
  private static int occurrences(byte[] buffer, int length, byte[] requestLine) {
    int found = 0;
    for (int at = 0; at + requestLine.length <= length; at++) {
      if ((at == 0 || buffer[at - 1] == '\n') && startsWith(buffer, at, requestLine)) {
        found++;
      }
    }
    return found;
  }

  private static boolean startsWith(byte[] buffer, int at, byte[] prefix) {
    for (int i = 0; i < prefix.length; i++) {
      if (buffer[at + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private void reset(Socket socket) {
    open.remove(socket);
    try {
      socket.setSoLinger(true, 0);
    } catch (SocketException alreadyClosed) {
      // closing it below is all that is left
    }
    try {
      socket.close();
    } catch (IOException ignored) {
      // a socket that cannot be closed is gone already
    }
  }

  @Override
  public void close() {
    closed = true;
    cut();
    try {
      listener.close();
    } catch (IOException ignored) {
      // nothing listens any more either way
    }
  }
}
