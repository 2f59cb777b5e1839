package org.alliancecare.kernel;

/**
 * The record does not exist, or it exists outside the caller's data scope: both answer the same
 * 404, so that a caller cannot probe for records it may not see.
 */
public class RecordNotFound extends RuntimeException {

  private final String recordType;

  public RecordNotFound(String recordType) {
    super(recordType + " not found", null, false, false);
    this.recordType = recordType;
  }

  public String recordType() {
    return recordType;
  }
}
