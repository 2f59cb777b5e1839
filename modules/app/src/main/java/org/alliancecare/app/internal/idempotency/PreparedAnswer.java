package org.alliancecare.app.internal.idempotency;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON text an idempotent request's entity was stored as, sent as the response body instead of
 * writing the entity to JSON a second time. It applies only to that very entity object (a filter
 * that replaced the entity gets it written as usual), and runs innermost, inside any compression.
 *
 * @param entity the response's entity, compared by identity
 * @param json the text stored with the idempotency key
 */
@Provider
@Priority(Priorities.USER + 1000)
public record PreparedAnswer(Object entity, String json) implements WriterInterceptor {

  /** The request attribute that holds the prepared answer. */
  static final String ATTRIBUTE = PreparedAnswer.class.getName();

  /** The interceptor itself: the prepared answer of each request is a request attribute. */
  public PreparedAnswer() {
    this(null, null);
  }

  @Override
  public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
    if (context.getProperty(ATTRIBUTE) instanceof PreparedAnswer prepared
        && prepared.entity() == context.getEntity()
        && context.getEntity() != null) {
      context.getOutputStream().write(prepared.json().getBytes(StandardCharsets.UTF_8));
      return;
    }
    context.proceed();
  }
}
