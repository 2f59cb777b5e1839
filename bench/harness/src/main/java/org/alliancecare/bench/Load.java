package org.alliancecare.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Runs one operation in a closed loop on a number of client threads for a fixed time (after a
 * warm-up whose results are dropped), recording each successful operation's latency.
 */
final class Load {

  /** One client's next operation; answers whether it succeeded. */
  @FunctionalInterface
  interface Operation {
    boolean run(int client, long iteration) throws Exception;
  }

  /** Makes a client's operation; {@code client} is 0 … clients-1. */
  @FunctionalInterface
  interface Clients {
    Operation forClient(int client) throws Exception;
  }

  private static final long HIGHEST_MICROS = Duration.ofMinutes(2).toNanos() / 1000;

  private Load() {}

  static Measured run(String name, int clients, Duration warmUp, Duration measured, Clients make)
      throws InterruptedException {
    return run(name, clients, warmUp, measured, make, null);
  }

  /**
   * As {@link #run(String, int, Duration, Duration, Clients)}, also measuring the CPU time that
   * {@code serverCpuMillis} (a process's CPU time so far, in ms) grows by while measuring.
   */
  static Measured run(
      String name,
      int clients,
      Duration warmUp,
      Duration measured,
      Clients make,
      LongSupplier serverCpuMillis)
      throws InterruptedException {
    Recorder recorder = new Recorder(HIGHEST_MICROS, 3);
    long[] successes = new long[clients];
    long[] failures = new long[clients];
    AtomicReference<Throwable> broken = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(clients);
    CountDownLatch ready = new CountDownLatch(clients);
    CountDownLatch go = new CountDownLatch(1);
    // the measuring window opens when every client is made (signed in): the sign-ins' password
    // hashing is not part of what is measured, however long it takes on a busy machine
    long[] window = new long[2];
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      int client = c;
      Thread thread =
          new Thread(
              () -> {
                try {
                  Operation operation;
                  try {
                    operation = make.forClient(client);
                  } finally {
                    ready.countDown();
                  }
                  go.await();
                  long measureFrom = window[0];
                  long end = window[1];
                  long iteration = 0;
                  long now = System.nanoTime();
                  while (now < end && broken.get() == null) {
                    long began = now;
                    boolean ok = operation.run(client, iteration++);
                    now = System.nanoTime();
                    if (began >= measureFrom) {
                      if (ok) {
                        successes[client]++;
                        recorder.recordValue(Math.min((now - began) / 1000, HIGHEST_MICROS));
                      } else {
                        failures[client]++;
                      }
                    }
                  }
                } catch (Throwable e) {
                  broken.compareAndSet(null, e);
                } finally {
                  done.countDown();
                }
              },
              name + "-" + c);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
    ready.await();
    long start = System.nanoTime();
    long measureFrom = start + warmUp.toNanos();
    long end = measureFrom + measured.toNanos();
    window[0] = measureFrom;
    window[1] = end;
    go.countDown();
    recorder.reset();
    long cpuBefore = 0;
    if (serverCpuMillis != null) {
      long wait = measureFrom - System.nanoTime();
      if (wait > 0) {
        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
      }
      cpuBefore = serverCpuMillis.getAsLong();
    }
    done.await();
    double cpu = serverCpuMillis == null ? Double.NaN : serverCpuMillis.getAsLong() - cpuBefore;
    if (broken.get() != null) {
      throw new IllegalStateException(name + " failed", broken.get());
    }
    Histogram latencies = recorder.getIntervalHistogram();
    long ok = 0;
    long failed = 0;
    for (int c = 0; c < clients; c++) {
      ok += successes[c];
      failed += failures[c];
    }
    double seconds = (end - measureFrom) / 1e9;
    return new Measured(name, clients, ok, failed, seconds, latencies, cpu);
  }
}
