package org.alliancecare.kernel.web;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a create endpoint as idempotent by its {@code Idempotency-Key} header: the same key with
 * the same body answers the original response again, with another body 422, and while the first
 * request is still in flight 409. The key, the body's hash and the response are stored in the same
 * transaction as the records the request creates.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Idempotent {

  /** Whether a request without the header is refused (400) rather than simply not deduplicated. */
  @Nonbinding
  boolean keyRequired() default false;
}
