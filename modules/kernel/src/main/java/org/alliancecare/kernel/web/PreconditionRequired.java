package org.alliancecare.kernel.web;

/** An update came without the {@code If-Match} header that it needs (428). */
public class PreconditionRequired extends RuntimeException {

  public PreconditionRequired() {
    super(
        "this change needs an If-Match header with the version you last read", null, false, false);
  }
}
