package org.alliancecare.app.internal.http;

/** The request body is larger than the API accepts (413). */
public class PayloadTooLarge extends RuntimeException {

  private final long limit;

  public PayloadTooLarge(long limit) {
    super("The request body is larger than " + limit + " bytes.", null, false, false);
    this.limit = limit;
  }

  /** The largest body the API accepts, in bytes. */
  public long limit() {
    return limit;
  }
}
