package org.alliancecare.interop.internal.fhir;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.NotAllowed;
import org.alliancecare.kernel.ProblemTexts;
import org.alliancecare.kernel.RecordNotFound;

/**
 * The modules' refusals as FHIR answers them (OperationOutcomes), with the API's status codes: a
 * record missing or out of the caller's scope is 404 (the same for both), bad input 400 naming each
 * parameter in the caller's language ({@code Accept-Language}), a rule that keeps the caller from
 * the record 403, an anonymous caller 401. HAPI wraps what a provider throws; the cause is looked
 * for along the chain. Anything else stays HAPI's answer.
 */
@Interceptor
public class FhirErrors {

  @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
  public BaseServerResponseException translate(Throwable thrown, HttpServletRequest request) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof RecordNotFound notFound) {
        return new ResourceNotFoundException(notFound.recordType() + " not found");
      }
      if (cause instanceof InvalidInput invalid) {
        return new InvalidRequestException(describe(invalid, language(request)));
      }
      if (cause instanceof NotAllowed) {
        return new ForbiddenOperationException("not allowed for this record");
      }
      if (cause instanceof NotAuthorizedException) {
        return FhirAuthentication.unauthenticated();
      }
    }
    return null;
  }

  /** Each bad parameter with its sentence, e.g. {@code _count: must be between 1 and 500}. */
  static String describe(InvalidInput invalid, Locale language) {
    return invalid.errors().stream()
        .map(error -> error.field() + ": " + error.messageIn(language))
        .collect(Collectors.joining("; "));
  }

  /** Chinese, Uyghur or English, as the caller's {@code Accept-Language} prefers; else English. */
  static Locale language(HttpServletRequest request) {
    String accepted = request == null ? null : request.getHeader("Accept-Language");
    if (accepted == null || accepted.isBlank()) {
      return ProblemTexts.ENGLISH;
    }
    try {
      List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(accepted);
      Locale chosen = Locale.lookup(ranges, ProblemTexts.LANGUAGES);
      return chosen == null ? ProblemTexts.ENGLISH : chosen;
    } catch (IllegalArgumentException malformed) {
      return ProblemTexts.ENGLISH;
    }
  }
}
