package org.alliancecare.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application, started the way the README's run command starts it ({@code java -jar
 * alliancecare.jar} from the launcher's distribution), on a free port and with its embedded
 * database in a data directory of the test's choosing. Tests speak HTTP to it through {@link
 * #api()}.
 *
 * <p>{@link #shared()} is one instance per test JVM, for tests that only need a running system;
 * tests of start, stop and restart start their own.
 */
public final class RunningApplication implements AutoCloseable {

  public static final Duration READY_LIMIT = Duration.ofSeconds(300);

  /**
   * The administrator's password of the {@link #shared()} application ({@code
   * ALLIANCECARE_ADMIN_PASSWORD} on its first start): the account {@code admin}.
   */
  public static final String ADMIN_PASSWORD = "Tarim-river-2026-test";

  private static RunningApplication shared;

  private final Path dataDirectory;
  private final int port;
  private final Path log;
  private final Map<String, String> environment;
  private Process process;
  private Duration startedIn;

  private RunningApplication(Path dataDirectory, int port, Map<String, String> environment) {
    this.dataDirectory = dataDirectory;
    this.port = port;
    this.environment = Map.copyOf(environment);
    this.log = dataDirectory.resolve("application.log");
  }

  /** The application shared by the tests of this JVM, started on first use. */
  public static synchronized RunningApplication shared() {
    if (shared == null) {
      try {
        shared =
            start(
                Files.createTempDirectory("alliancecare-it-"),
                Map.of("ALLIANCECARE_ADMIN_PASSWORD", ADMIN_PASSWORD));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      RunningApplication app = shared;
      Runtime.getRuntime().addShutdownHook(new Thread(app::close, "alliancecare-it-stop"));
    }
    return shared;
  }

  /** Starts the application on a free port with the given data directory and waits until ready. */
  public static RunningApplication start(Path dataDirectory, Map<String, String> environment) {
    RunningApplication app = new RunningApplication(dataDirectory, freePort(), environment);
    app.start();
    return app;
  }

  /** Starts it again (after {@link #stop()}) on the same port and data directory. */
  public void start() {
    Path dist = Path.of(requiredProperty("alliancecare.dist"));
    Path home = Path.of(requiredProperty("alliancecare.home"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx96m");
    command.add("-Dalliancecare.home=" + home.toAbsolutePath());
    command.add("-jar");
    command.add(dist.resolve("alliancecare.jar").toString());
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("ALLIANCECARE_"));
    env.put("ALLIANCECARE_HTTP_PORT", Integer.toString(port));
    env.put("ALLIANCECARE_DATA_DIR", dataDirectory.toString());
    env.putAll(environment);
    long began = System.nanoTime();
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    awaitReady();
    startedIn = Duration.ofNanos(System.nanoTime() - began);
  }

  private void awaitReady() {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + READY_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "the application exited with "
                + process.exitValue()
                + " before it was ready:\n"
                + tail());
      }
      try {
        HttpResponse<String> ready =
            client.send(
                HttpRequest.newBuilder(uri("/health/ready")).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (ready.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      sleep(250);
    }
    close();
    throw new IllegalStateException(
        "the application was not ready within " + READY_LIMIT + ":\n" + tail());
  }

  /** Stops it as an operator would (SIGTERM) and waits for the launcher to finish. */
  public int stop() {
    if (process == null) {
      return 0;
    }
    process.destroy();
    try {
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      process = null;
    }
  }

  /**
   * SIGKILL to Payara Micro (the launcher's child that listens on the application's port), as a
   * power cut or the OOM killer would; the launcher then stops the embedded database and exits.
   * Answers when the launcher has gone; {@link #start()} starts it again.
   */
  public void kill() {
    String listening = "--port " + port;
    ProcessHandle server =
        ProcessHandle.allProcesses()
            .filter(p -> p.info().commandLine().orElse("").contains("payara-micro.jar"))
            .filter(p -> p.info().commandLine().orElse("").contains(listening))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("no Payara Micro process on " + port));
    server.destroyForcibly();
    try {
      server.onExit().get(30, TimeUnit.SECONDS);
      process.waitFor(120, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("the killed application did not go", e);
    }
    stop();
  }

  @Override
  public void close() {
    stop();
  }

  public URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  public Api api() {
    return new Api(uri(""));
  }

  public int port() {
    return port;
  }

  public Path dataDirectory() {
    return dataDirectory;
  }

  /** How long the last start took, from launching the process to {@code /health/ready} UP. */
  public Duration startedIn() {
    return startedIn;
  }

  /** Everything the launcher, the database and the application have logged so far. */
  public String log() {
    try {
      return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String tail() {
    String all = log();
    return all.length() > 8000 ? all.substring(all.length() - 8000) : all;
  }

  private static String requiredProperty(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      throw new IllegalStateException(
          "system property " + name + " is not set; run whole-application tests through Maven");
    }
    return value;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
