package org.alliancecare.launcher;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import sun.misc.Signal;

/**
 * Starts AllianceCare as the README's run command does. With no {@code ALLIANCECARE_DB_URL} it
 * first starts the embedded PostgreSQL on the data directory; then it runs Payara Micro with the
 * WAR as a child process, with the database settings in its environment. SIGTERM or Ctrl-C stops
 * the application first and the embedded database after it, so that nothing the application
 * committed is lost and a second start finds it all.
 */
public final class Launcher {

  private static final Logger LOG = Logger.getLogger(Launcher.class.getName());
  private static final long STOP_TIMEOUT_SECONDS = 60;

  /**
   * The distribution's folder of the WAR's third-party libraries (HAPI FHIR, ICU4J, PDFBox...),
   * given to Payara Micro with {@code --addlibs} instead of being packed in the WAR's {@code
   * WEB-INF/lib}: Payara reads every class of every jar of a deployed archive into its type model
   * (and ASM parses each one) before it deploys, which took most of the start-up (issue 18). The
   * WAR keeps AllianceCare's jars and the few that must be loaded by the web application's class
   * loader (launcher pom, execution {@code thin-war}).
   */
  static final String LIBRARIES = "libraries";

  private final Settings settings;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private volatile EmbeddedDatabase database;
  private volatile Process application;
  private volatile boolean stopping;

  Launcher(Settings settings) {
    this.settings = settings;
  }

  public static void main(String[] args) throws Exception {
    System.setProperty(
        "java.util.logging.SimpleFormatter.format", "%1$tFT%1$tT.%1$tL [launcher] %4$s %5$s%6$s%n");
    Path dist = distribution();
    Path home = Path.of(System.getProperty("alliancecare.home", "")).toAbsolutePath();
    Settings settings = Settings.from(System.getenv(), home, dist);
    if (args.length > 0 && args[0].equals("cluster")) {
      System.exit(
          new Cluster(settings, ClusterSettings.from(System.getenv(), settings, args)).run());
    }
    if (args.length > 0) {
      System.err.println("usage: run            one node with its embedded database");
      System.err.println("       run cluster [n] n nodes (3 if not given) behind HAProxy over a");
      System.err.println(
          "                       PostgreSQL primary and replica (docs/operations/scale-out.md)");
      System.exit(2);
    }
    System.exit(new Launcher(settings).run());
  }

  int run() throws Exception {
    Signal.handle(new Signal("TERM"), signal -> stop());
    Signal.handle(new Signal("INT"), signal -> stop());
    try {
      Map<String, String> databaseEnvironment = databaseEnvironment();
      if (stopping) {
        return 0;
      }
      application = startApplication(databaseEnvironment);
      int exit = application.waitFor();
      if (!stopping) {
        LOG.severe(
            "the application stopped by itself with exit code "
                + exit
                + "; stopping the embedded database");
        stopDatabase();
        return exit == 0 ? 1 : exit;
      }
      stopped.await(STOP_TIMEOUT_SECONDS * 2, TimeUnit.SECONDS);
      return 0;
    } catch (Exception e) {
      stopDatabase();
      throw e;
    }
  }

  private Map<String, String> databaseEnvironment() throws Exception {
    if (!settings.embeddedDatabase()) {
      LOG.info("using the configured database (ALLIANCECARE_DB_URL); no embedded database started");
      return Map.of();
    }
    LOG.info("starting the embedded PostgreSQL with its data in " + settings.dataDirectory());
    database =
        EmbeddedDatabase.start(
            settings.dataDirectory(), settings.embeddedDatabasePort(), settings.walArchive());
    LOG.info("embedded PostgreSQL is up on port " + database.port());
    Map<String, String> environment = new HashMap<>();
    environment.put("ALLIANCECARE_DB_URL", database.jdbcUrl());
    environment.put("ALLIANCECARE_DB_USER", EmbeddedDatabase.USER);
    environment.put("ALLIANCECARE_DB_PASSWORD", EmbeddedDatabase.USER);
    environment.put("ALLIANCECARE_EMBEDDED_DB", "true");
    if (blank(System.getenv("ALLIANCECARE_ID_KEY"))) {
      environment.put(
          "ALLIANCECARE_ID_KEY", LocalSecrets.identityNumberKey(settings.dataDirectory()));
    }
    return environment;
  }

  private Process startApplication(Map<String, String> databaseEnvironment) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(
                payaraCommand(settings, settings.httpPort(), List.of("--nohazelcast"), preBoot()))
            .inheritIO();
    builder.environment().putAll(databaseEnvironment);
    LOG.info("starting Payara Micro on port " + settings.httpPort());
    return builder.start();
  }

  private Path preBoot() {
    return settings.home().resolve("config").resolve("pre-boot-commands.asadmin");
  }

  /**
   * The command that runs Payara Micro with the WAR on a port, with the installation's {@code
   * config/} files but the given pre-boot commands; {@code dataGrid} says whether and how it joins
   * a data grid ({@code --nohazelcast} for a single node).
   */
  static List<String> payaraCommand(
      Settings settings, int httpPort, List<String> dataGrid, Path preBoot) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(Arrays.asList(settings.javaOptions().trim().split("\\s+")));
    command.add("-Dalliancecare.home=" + settings.home());
    command.addAll(
        List.of(
            "-jar",
            settings.dist().resolve("payara-micro.jar").toString(),
            "--deploy",
            settings.dist().resolve("alliancecare.war").toString(),
            "--contextroot",
            "/",
            "--port",
            Integer.toString(httpPort),
            "--disablephonehome",
            "--addlibs",
            settings.dist().resolve(LIBRARIES).toString()));
    command.addAll(dataGrid);
    Path config = settings.home().resolve("config");
    if (Files.isRegularFile(preBoot)) {
      command.addAll(List.of("--prebootcommandfile", preBoot.toString()));
    }
    Path postBoot = config.resolve("post-boot-commands.asadmin");
    if (Files.isRegularFile(postBoot)) {
      command.addAll(List.of("--postbootcommandfile", postBoot.toString()));
    }
    Path postDeploy = config.resolve("post-deploy-commands.asadmin");
    if (Files.isRegularFile(postDeploy)) {
      command.addAll(List.of("--postdeploycommandfile", postDeploy.toString()));
    }
    Path logging = config.resolve("logging.properties");
    if (Files.isRegularFile(logging)) {
      command.addAll(List.of("--logproperties", logging.toString()));
    }
    return command;
  }

  /** Stops the application, waits for it, then stops the embedded database; runs once. */
  private synchronized void stop() {
    if (stopping) {
      return;
    }
    stopping = true;
    Thread stopper =
        new Thread(
            () -> {
              try {
                Process running = application;
                if (running != null && running.isAlive()) {
                  LOG.info("stopping the application");
                  running.destroy();
                  if (!running.waitFor(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    LOG.warning("the application did not stop in time; killing it");
                    running.destroyForcibly().waitFor();
                  }
                  LOG.info("the application stopped (exit code " + running.exitValue() + ")");
                }
                stopDatabase();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              } finally {
                stopped.countDown();
              }
            },
            "alliancecare-stop");
    stopper.start();
  }

  private void stopDatabase() {
    EmbeddedDatabase running = database;
    if (running != null) {
      try {
        LOG.info("stopping the embedded PostgreSQL");
        running.close();
        LOG.info("embedded PostgreSQL stopped");
      } catch (IOException e) {
        LOG.log(Level.WARNING, "could not stop the embedded PostgreSQL cleanly", e);
      }
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static Path distribution() throws URISyntaxException {
    Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return Files.isDirectory(jar) ? jar : jar.getParent();
  }
}
