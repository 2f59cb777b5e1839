package org.alliancecare.app.internal.http;

import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
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
import java.util.Comparator;
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

  /** The problem for an exception, or for the first cause in its chain that we understand. */
  public static Problem of(Throwable thrown) {
    return of(thrown, null);
  }

  /**
   * The same, with the request body at hand: a value JSON-B refused without saying where (an
   * unknown code of a code list) is then named by the field that holds it.
   */
  public static Problem of(Throwable thrown, byte[] body) {
    return understood(thrown, body).orElseGet(() -> unexpected(thrown));
  }

  /**
   * The problem for the first cause in the exception's chain that we understand, or empty when none
   * is (a bug or an outage: {@link #of} answers it as a 500 and logs it). The web UI shows the same
   * problems as the API, as messages in the page's language.
   */
  public static Optional<Problem> understood(Throwable thrown) {
    return understood(thrown, null);
  }

  private static Optional<Problem> understood(Throwable thrown, byte[] body) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      Problem problem = known(cause, body);
      if (problem != null) {
        if (problem.status() == 403) {
          logRefusal(thrown, cause);
        }
        return Optional.of(problem);
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return Optional.empty();
  }

  private static Problem known(Throwable cause, byte[] body) {
    if (cause instanceof BusinessRuleViolation violation) {
      return Problem.of(violation.rule(), titleOf(violation.rule()), 409, violation.getMessage())
          .with(violation.details());
    }
    if (cause instanceof InvalidInput invalid) {
      return invalidInput("The request has invalid fields.", invalid.errors());
    }
    if (cause instanceof ConstraintViolationException violations) {
      return invalidInput("The request has invalid fields.", fieldErrors(violations));
    }
    if (cause instanceof RecordNotFound) {
      return Problem.of("not-found", "Not Found", 404, "No such record.");
    }
    if (cause instanceof StaleVersion || cause instanceof OptimisticLockException) {
      return Problem.of(
          "stale-version",
          "Precondition Failed",
          412,
          "The record has changed since you read it; read it again and repeat the change.");
    }
    if (cause instanceof PreconditionRequired required) {
      return Problem.of("if-match-required", "Precondition Required", 428, required.getMessage());
    }
    if (cause instanceof PayloadTooLarge tooLarge) {
      return Problem.of("payload-too-large", "Payload Too Large", 413, tooLarge.getMessage());
    }
    if (cause instanceof IdempotencyKeyReused reused) {
      return Problem.of(
          "idempotency-key-reused", "Unprocessable Content", 422, reused.getMessage());
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
          "The request has invalid fields.",
          (fields.isEmpty() ? List.of("body") : fields)
              .stream()
                  .map(field -> new FieldError(field, "is not one of the allowed codes"))
                  .toList());
    }
    if (cause instanceof NoContentException || message.contains("No content")) {
      return invalidInput(
          "The request needs a JSON body.", List.of(new FieldError("body", "is required")));
    }
    if (!(cause instanceof JsonParsingException)) {
      Matcher property = PROPERTY.matcher(message);
      if (property.find()) {
        String field = property.group(1);
        String lower = message.toLowerCase(Locale.ROOT);
        String why =
            lower.contains("unknown") || lower.contains("can not be mapped")
                ? "is not a field of this request"
                : "has the wrong type or format";
        return invalidInput("The request has invalid fields.", List.of(new FieldError(field, why)));
      }
    }
    return invalidInput(
        "The request body is not well-formed JSON of the expected shape.",
        List.of(new FieldError("body", "is not well-formed JSON of the expected shape")));
  }

  private static Problem invalidInput(String detail, List<FieldError> errors) {
    return Problem.of("invalid-input", "Bad Request", 400, detail).errors(errors);
  }

  private static List<FieldError> fieldErrors(ConstraintViolationException violations) {
    List<FieldError> errors = new ArrayList<>();
    for (ConstraintViolation<?> violation : violations.getConstraintViolations()) {
      errors.add(new FieldError(fieldOf(violation.getPropertyPath()), violation.getMessage()));
    }
    errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
    return errors;
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
              invalidInput(
                  "The request could not be understood.",
                  List.of(new FieldError("request", "is malformed")));
          case 401 ->
              Problem.of(
                  "unauthenticated",
                  "Unauthorized",
                  401,
                  "Sign in first: send Authorization: Bearer <token> from POST /api/session.");
          case 403 -> forbidden();
          case 404 -> Problem.of("not-found", "Not Found", 404, "No such record.");
          case 405 ->
              Problem.of(
                  "method-not-allowed",
                  "Method Not Allowed",
                  405,
                  "This address does not accept that method.");
          case 406 ->
              Problem.of(
                  "not-acceptable",
                  "Not Acceptable",
                  406,
                  "This address cannot answer in that format.");
          case 411 ->
              Problem.of(
                  "length-required",
                  "Length Required",
                  411,
                  "Send the body with a Content-Length.");
          case 413 ->
              Problem.of(
                  "payload-too-large", "Payload Too Large", 413, "The request body is too large.");
          case 415 ->
              Problem.of(
                  "unsupported-media-type",
                  "Unsupported Media Type",
                  415,
                  "Send the body as application/json.");
          case 503 ->
              Problem.of(
                  "service-unavailable",
                  "Service Unavailable",
                  503,
                  "The request could not be served just now; send it again in a few seconds.");
          default ->
              status >= 500 ? null : Problem.of("http-" + status, "HTTP " + status, status, null);
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
    return Problem.of("forbidden", "Forbidden", 403, "Your role does not allow this action.");
  }

  private static Problem unexpected(Throwable thrown) {
    String correlationId = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "unexpected error, correlationId=" + correlationId, thrown);
    return Problem.of(
            "internal-error",
            "Internal Server Error",
            500,
            "Something went wrong on our side. Quote the correlation id if you report it.")
        .with("correlationId", correlationId);
  }

  private static String titleOf(String rule) {
    String words = rule.replace('-', ' ');
    return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
