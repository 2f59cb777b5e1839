package org.alliancecare.app.internal.http;

import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.enterprise.inject.spi.configurator.AnnotatedTypeConfigurator;
import jakarta.interceptor.Interceptor;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;

/**
 * Validates each request once. Jakarta REST validates a resource method's parameters before it
 * calls the method (a violation is answered by {@link Problems} as the problem naming each field);
 * a resource that is also a CDI bean (the application-scoped ones) was then validated a second time
 * by Hibernate Validator's CDI interceptor, which its CDI extension binds to every constrained
 * method of every bean — the same constraints on the same arguments, after they had passed (JFR:
 * the second validation and its interceptor were 2–5 % of a screening's CPU). Jersey's own CDI
 * validation module, which leaves resources to Jersey, is not part of Payara; this extension does
 * what it does: it takes that interceptor's binding off the methods and constructors of root
 * resource classes. Beans that are not resources keep their method validation.
 */
public class ResourcesValidatedOnce implements Extension {

  /**
   * Hibernate Validator's interceptor binding, added by its CDI extension to constrained methods.
   */
  static final String METHOD_VALIDATION_BINDING =
      "org.hibernate.validator.cdi.internal.interceptor.MethodValidated";

  /** Runs after Hibernate Validator's observer (default priority), which adds the binding. */
  <T> void validatedByJaxRs(
      @Observes @Priority(Interceptor.Priority.PLATFORM_AFTER) @WithAnnotations(Path.class)
          ProcessAnnotatedType<T> event) {
    if (!event.getAnnotatedType().isAnnotationPresent(Path.class)
        || !boundToMethodValidation(event)) {
      return;
    }
    AnnotatedTypeConfigurator<T> type = event.configureAnnotatedType();
    type.methods().forEach(method -> method.remove(ResourcesValidatedOnce::isMethodValidation));
    type.constructors()
        .forEach(constructor -> constructor.remove(ResourcesValidatedOnce::isMethodValidation));
  }

  private static <T> boolean boundToMethodValidation(ProcessAnnotatedType<T> event) {
    return event.getAnnotatedType().getMethods().stream()
            .anyMatch(
                m ->
                    m.getAnnotations().stream()
                        .anyMatch(ResourcesValidatedOnce::isMethodValidation))
        || event.getAnnotatedType().getConstructors().stream()
            .anyMatch(
                c ->
                    c.getAnnotations().stream()
                        .anyMatch(ResourcesValidatedOnce::isMethodValidation));
  }

  static boolean isMethodValidation(Annotation annotation) {
    return annotation.annotationType().getName().equals(METHOD_VALIDATION_BINDING);
  }
}
