package org.alliancecare.audit.internal.rest;

/**
 * A resource method answered a patient's personal data without {@code @AccessLogged}: a bug in that
 * method, refused with a 500 rather than sent without a trace in the access log.
 */
class UnloggedPersonalData extends IllegalStateException {

  UnloggedPersonalData(String method) {
    super(
        method
            + " answered a PersonalRecord but is not marked @AccessLogged; the response was"
            + " refused so that no personal data leaves without an access-log row");
  }
}
