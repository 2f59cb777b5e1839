package org.alliancecare.app.internal.http;

import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancecare.kernel.BusinessRuleViolation;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.InvalidInput.FieldError;
import org.alliancecare.kernel.NotAllowed;
import org.alliancecare.kernel.ProblemTexts;
import org.alliancecare.kernel.RecordNotFound;
import org.alliancecare.kernel.StaleVersion;
import org.alliancecare.kernel.web.PreconditionRequired;

/**
 * Turns whatever a request ended in into the problem document that API.md prescribes. Exceptions
 * arrive wrapped by the layers they crossed (JSON-B, JAX-RS, transactions, EJB), so the cause chain
 * is searched for the first one that says what went wrong. Anything unexpected becomes a 500 with a
 * correlation id that is also in the log; no stack trace, SQL or class name reaches the client.
 */
public final class Problems {

  private static final Logger LOG = Logger.getLogger(Problems.class.getName());
  private static final Pattern PROPERTY =
      Pattern.compile("[Pp]roperty:? '?([A-Za-z0-9_$.\\[\\]-]+)'?");

  /** JSON-B's words for a code that is not a constant of the enum: the code is the last part. */
  private static final Pattern UNKNOWN_CODE =
      Pattern.compile("No enum constant [\\w.$]*\\.([^.\\s]+)$");

  private Problems() {}

  /** The problem (in English) for an exception, or for the first cause that we understand. */
  public static Problem of(Throwable thrown) {
    return of(thrown, null, ProblemTexts.ENGLISH);
  }

  /** The same in a language: {@code title}, {@code detail} and each error's {@code message}. */
  public static Problem of(Throwable thrown, Locale language) {
    return of(thrown, null, language);
  }

  /**
   * The same, with the request body at hand: a value JSON-B refused without saying where (an
   * unknown code of a code list) is then named by the field that holds it.
   */
  public static Problem of(Throwable thrown, byte[] body, Locale language) {
    Locale chosen = ProblemTexts.languageOf(language);
    return understood(thrown, body, chosen).orElseGet(() -> unexpected(thrown, chosen));
  }

  /**
   * The problem for the first cause in the exception's chain that we understand, or empty when none
   * is (a bug or an outage: {@link #of} answers it as a 500 and logs it). The web UI shows the same
   * problems as the API, as messages in the page's language.
   */
  public static Optional<Problem> understood(Throwable thrown) {
    return understood(thrown, null, ProblemTexts.ENGLISH);
  }

  /** The same in a language (Chinese for any {@code zh*}, Uyghur for {@code ug*}). */
  public static Optional<Problem> understood(Throwable thrown, Locale language) {
    return understood(thrown, null, ProblemTexts.languageOf(language));
  }

  private static Optional<Problem> understood(Throwable thrown, byte[] body, Locale language) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      Problem problem = known(cause, body, language);
      if (problem != null) {
        if (problem.status() == 403) {
          logRefusal(thrown, cause);
        }
        return Optional.of(problem.in(language));
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return Optional.empty();
  }

  private static Problem known(Throwable cause, byte[] body, Locale language) {
    if (cause instanceof BusinessRuleViolation violation) {
      return Problem.ofRule(violation.rule(), 409, violation.message(language))
          .with(violation.details());
    }
    if (cause instanceof InvalidInput invalid) {
      return invalidInput("invalid-fields", invalid.errors());
    }
    if (cause instanceof ConstraintViolationException violations) {
      return invalidInput("invalid-fields", ConstraintMessages.fieldErrors(violations));
    }
    if (cause instanceof RecordNotFound) {
      return Problem.of("not-found", 404, "not-found");
    }
    if (cause instanceof StaleVersion || cause instanceof OptimisticLockException) {
      return Problem.of("stale-version", 412, "stale-version");
    }
    if (cause instanceof PreconditionRequired) {
      return Problem.of("if-match-required", 428, "if-match-required");
    }
    if (cause instanceof PayloadTooLarge tooLarge) {
      return Problem.of("payload-too-large", 413, "payload-larger-than", tooLarge.limit());
    }
    if (cause instanceof IdempotencyKeyReused) {
      return Problem.of("idempotency-key-reused", 422, "idempotency-key-reused");
    }
    if (cause instanceof EJBAccessException || cause instanceof NotAllowed) {
      return forbidden();
    }
    if (cause instanceof JsonParsingException
        || cause instanceof NoContentException
        || cause instanceof JsonbException) {
      return unreadableBody(cause, body);
    }
    if (cause instanceof WebApplicationException web) {
      return fromStatus(web);
    }
    if (cause instanceof ProcessingException && cause.getCause() == null) {
      return unreadableBody(cause, body);
    }
    return null;
  }

  private static Problem unreadableBody(Throwable cause, byte[] body) {
    String message = cause.getMessage() == null ? "" : cause.getMessage();
    Matcher unknownCode = UNKNOWN_CODE.matcher(message);
    if (unknownCode.find()) {
      List<String> fields = RequestFields.holding(body, unknownCode.group(1));
      return invalidInput(
          "invalid-fields",
          (fields.isEmpty() ? List.of("body") : fields)
              .stream().map(field -> FieldError.of(field, "not-an-allowed-code")).toList());
    }
    if (cause instanceof NoContentException || message.contains("No content")) {
      return invalidInput("body-required", List.of(FieldError.of("body", "required")));
    }
    if (!(cause instanceof JsonParsingException)) {
      Matcher property = PROPERTY.matcher(message);
      if (property.find()) {
        String field = property.group(1);
        String lower = message.toLowerCase(Locale.ROOT);
        String why =
            lower.contains("unknown") || lower.contains("can not be mapped")
                ? "not-a-field-of-request"
                : "wrong-type-or-format";
        return invalidInput("invalid-fields", List.of(FieldError.of(field, why)));
      }
    }
    return invalidInput("body-malformed", List.of(FieldError.of("body", "not-well-formed-json")));
  }

  private static Problem invalidInput(String detail, List<FieldError> errors) {
    return Problem.of("invalid-input", 400, detail).errors(errors);
  }

  /**
   * The field as a client names it: a resource method's body parameter is the document itself, so
   * {@code create.request.guardians[0].name} becomes {@code guardians[0].name}, and a query
   * parameter keeps its own name.
   */
  static String fieldOf(Path path) {
    List<String> names = new ArrayList<>();
    String parameter = null;
    Iterator<Path.Node> nodes = path.iterator();
    while (nodes.hasNext()) {
      Path.Node node = nodes.next();
      if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
        continue;
      }
      if (node.getKind() == ElementKind.PARAMETER) {
        parameter = node.getName();
        continue;
      }
      String name = node.getName();
      if (name == null) {
        continue;
      }
      if (node.isInIterable() && node.getIndex() != null && !names.isEmpty()) {
        int last = names.size() - 1;
        names.set(last, names.get(last) + "[" + node.getIndex() + "]");
      }
      names.add(name);
    }
    if (names.isEmpty()) {
      return parameter == null ? "body" : parameter;
    }
    return String.join(".", names);
  }

  private static Problem fromStatus(WebApplicationException web) {
    Response response = web.getResponse();
    int status = response == null ? 500 : response.getStatus();
    Problem problem =
        switch (status) {
          case 400 ->
              invalidInput("request-malformed", List.of(FieldError.of("request", "malformed")));
          case 401 -> Problem.of("unauthenticated", 401, "unauthenticated");
          case 403 -> forbidden();
          case 404 -> Problem.of("not-found", 404, "not-found");
          case 405 -> Problem.of("method-not-allowed", 405, "method-not-allowed");
          case 406 -> Problem.of("not-acceptable", 406, "not-acceptable");
          case 411 -> Problem.of("length-required", 411, "length-required");
          case 413 -> Problem.of("payload-too-large", 413, "payload-too-large");
          case 415 -> Problem.of("unsupported-media-type", 415, "unsupported-media-type");
          case 503 -> Problem.of("service-unavailable", 503, "service-unavailable");
          default -> status >= 500 ? null : Problem.untitled("http-" + status, status);
        };
    if (problem == null) {
      return null;
    }
    if (web instanceof NotAllowedException && response != null) {
      String allow = response.getHeaderString(HttpHeaders.ALLOW);
      if (allow != null) {
        problem.header(HttpHeaders.ALLOW, allow);
      }
    }
    if (status == 503
        && response != null
        && response.getHeaderString(HttpHeaders.RETRY_AFTER) != null) {
      problem.header(HttpHeaders.RETRY_AFTER, response.getHeaderString(HttpHeaders.RETRY_AFTER));
    }
    if (web instanceof NotAuthorizedException) {
      problem.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
    return problem;
  }

  /**
   * Says in the log where a 403 came from: the exceptions' classes and the frame that threw the one
   * understood (never their messages, which may name records).
   */
  private static void logRefusal(Throwable thrown, Throwable understood) {
    LOG.info(
        () -> {
          StringBuilder line = new StringBuilder("answered 403 for ");
          for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            line.append(cause.getClass().getName()).append(cause == understood ? "*" : "");
            if (cause.getCause() == null || cause.getCause() == cause) {
              break;
            }
            line.append(" <- ");
          }
          StackTraceElement[] frames = understood.getStackTrace();
          for (int i = 0; i < Math.min(6, frames.length); i++) {
            line.append("\n\tat ").append(frames[i]);
          }
          return line.toString();
        });
  }

  private static Problem forbidden() {
    return Problem.of("forbidden", 403, "forbidden");
  }

  private static Problem unexpected(Throwable thrown, Locale language) {
    String correlationId = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "unexpected error, correlationId=" + correlationId, thrown);
    return Problem.of("internal-error", 500, "internal-error")
        .with("correlationId", correlationId)
        .in(language);
  }
}
