package org.alliancecare.bench;

import org.HdrHistogram.Histogram;

/**
 * What a fixed-time load run measured: completed operations, failures, the time it ran, and the
 * latency of each successful operation in microseconds.
 */
record Measured(
    String name,
    int clients,
    long operations,
    long failures,
    double seconds,
    Histogram latencies,
    double serverCpuMillis) {

  Measured(
      String name,
      int clients,
      long operations,
      long failures,
      double seconds,
      Histogram latencies) {
    this(name, clients, operations, failures, seconds, latencies, Double.NaN);
  }

  /** CPU time the server process spent per successful operation, in ms ({@code NaN} if unknown). */
  double serverCpuMillisPerOperation() {
    return operations == 0 ? Double.NaN : serverCpuMillis / operations;
  }

  double throughput() {
    return operations / seconds;
  }

  /** The latency at a percentile (0–100), in milliseconds. */
  double millis(double percentile) {
    return latencies.getTotalCount() == 0
        ? Double.NaN
        : latencies.getValueAtPercentile(percentile) / 1000.0;
  }

  @Override
  public String toString() {
    return String.format(
        "%s, %d clients: %d ok, %d failed in %.1f s = %.1f/s; p50 %.2f ms, p95 %.2f ms, p99 %.2f ms,"
            + " max %.2f ms; server CPU %.2f ms per request",
        name,
        clients,
        operations,
        failures,
        seconds,
        throughput(),
        millis(50),
        millis(95),
        millis(99),
        latencies.getTotalCount() == 0 ? Double.NaN : latencies.getMaxValue() / 1000.0,
        serverCpuMillisPerOperation());
  }
}
