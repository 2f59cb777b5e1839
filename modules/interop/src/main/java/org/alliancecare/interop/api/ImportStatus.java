package org.alliancecare.interop.api;

/** Where an import stands: waiting, being read, finished, or stopped by a fault. */
public enum ImportStatus {
  QUEUED,
  RUNNING,
  DONE,
  FAILED
}
