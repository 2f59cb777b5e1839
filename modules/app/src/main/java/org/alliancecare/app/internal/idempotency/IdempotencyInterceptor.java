package org.alliancecare.app.internal.idempotency;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.json.bind.Jsonb;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.alliancecare.app.internal.http.JsonTextLimits;
import org.alliancecare.directory.api.Caller;
import org.alliancecare.directory.api.CurrentCaller;
import org.alliancecare.kernel.InvalidInput;
import org.alliancecare.kernel.web.Idempotent;

/**
 * Applies {@link Idempotent} to a resource method: reads the {@code Idempotency-Key} header, takes
 * the request's {@link RequestFingerprint} (method, path and body) and lets the {@link
 * IdempotencyStore} decide whether to run the method or answer the stored response.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_AFTER)
public class IdempotencyInterceptor {

  static final String HEADER = "Idempotency-Key";
  private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");

  @Inject HttpServletRequest request;
  @Inject IdempotencyStore store;
  @Inject CurrentCaller caller;
  @Inject Jsonb jsonb;

  @AroundInvoke
  Object once(InvocationContext invocation) throws Exception {
    String key = request.getHeader(HEADER);
    if (key == null || key.isBlank()) {
      if (keyRequired(invocation)) {
        throw InvalidInput.of(HEADER, "required-send-new-random-key-e-g");
      }
      return invocation.proceed();
    }
    if (!VALID_KEY.matcher(key).matches()) {
      throw InvalidInput.of(HEADER, "must-1-to-200-visible-ascii-characters");
    }
    // keys belong to the caller authenticated for this request (as the facades see it), never to
    // the container's principal, which a retry once found missing while the database restarted
    String account = caller.find().map(Caller::username).orElse("");
    return store.once(account, key, fingerprint(invocation), () -> (Response) proceed(invocation));
  }

  private static boolean keyRequired(InvocationContext invocation) {
    Idempotent idempotent = invocation.getMethod().getAnnotation(Idempotent.class);
    if (idempotent == null) {
      idempotent = invocation.getMethod().getDeclaringClass().getAnnotation(Idempotent.class);
    }
    return idempotent != null && idempotent.keyRequired();
  }

  /**
   * The request's fingerprint, made from the JSON body as it was read ({@link
   * JsonTextLimits#BODY}); the older form, from the bound parameters written back to JSON, only for
   * a key stored that way.
   */
  private RequestFingerprint fingerprint(InvocationContext invocation) {
    String query = request.getQueryString();
    String target = query == null ? request.getRequestURI() : request.getRequestURI() + '?' + query;
    byte[] body = request.getAttribute(JsonTextLimits.BODY) instanceof byte[] b ? b : null;
    return RequestFingerprint.of(request.getMethod(), target, body, () -> boundForm(invocation));
  }

  private String boundForm(InvocationContext invocation) {
    List<Object> bound = new ArrayList<>();
    for (Object parameter : invocation.getParameters()) {
      if (parameter == null
          || parameter instanceof Record
          || parameter instanceof CharSequence
          || parameter instanceof Number
          || parameter instanceof Boolean) {
        bound.add(parameter);
      }
    }
    return RequestFingerprint.sha256(
        request.getMethod() + ' ' + request.getRequestURI() + '\n' + jsonb.toJson(bound));
  }

  private static Object proceed(InvocationContext invocation) {
    try {
      return invocation.proceed();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
