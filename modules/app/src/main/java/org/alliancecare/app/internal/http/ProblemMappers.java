package org.alliancecare.app.internal.http;

import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * The exception mappers of the API. JAX-RS picks the mapper nearest to an exception's class, and
 * the runtime brings its own for some of them (bean validation, JSON-B), so each family that could
 * otherwise escape to a default mapper or an HTML error page has one here; all of them answer
 * through {@link Problems}, in the language the request accepts ({@link ProblemLanguage}).
 */
public final class ProblemMappers {

  private ProblemMappers() {}

  abstract static class ToProblem<E extends Throwable> implements ExceptionMapper<E> {

    @Context HttpServletRequest request;

    @Override
    public Response toResponse(E exception) {
      Object body = request == null ? null : request.getAttribute(RequestBodyLimit.BODY);
      Locale language =
          ProblemLanguage.of(request == null ? null : request.getHeader("Accept-Language"));
      return Problems.of(exception, body instanceof byte[] bytes ? bytes : null, language)
          .toResponse(JsonBinding.JSONB);
    }
  }

  /** Everything, including what nothing else claims. */
  @Provider
  public static class AnyThrowable extends ToProblem<Throwable> {}

  /** 404, 405, 406, 415 and the other errors that JAX-RS itself raises. */
  @Provider
  public static class WebApplication extends ToProblem<WebApplicationException> {}

  /** Bean Validation of request records and parameters. */
  @Provider
  public static class Validation extends ToProblem<ValidationException> {}

  /** Bodies that JSON-B cannot bind: syntax errors, unknown fields, wrong types. */
  @Provider
  public static class JsonBindingFailure extends ToProblem<JsonbException> {}

  /** Failures of reading or writing an entity. */
  @Provider
  public static class EntityProcessing extends ToProblem<ProcessingException> {}
}
