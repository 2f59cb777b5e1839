package org.alliancecare.interop.internal.export;

/** Where an export job is: queued, writing its files, done, failed, or cancelled by its owner. */
public enum ExportStatus {
  ACCEPTED,
  RUNNING,
  DONE,
  FAILED,
  CANCELLED;

  /** Whether the job still has work to do (the status URL answers 202). */
  public boolean inProgress() {
    return this == ACCEPTED || this == RUNNING;
  }
}
