package org.alliancecare.kernel.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method that answers a patient's personal data: before the response is sent, the
 * audit module writes one access-log row per patient it carries (who, what, when, from which
 * address). The patients are those of the {@link org.alliancecare.kernel.PersonalRecord}s in the
 * response entity (also inside lists, pages and records), plus the one named by the path parameter
 * {@link #patientIdParam()} when it is set.
 *
 * <p>A response that carries a {@code PersonalRecord} from a method without this annotation is
 * refused with a 500, and a build-time test fails for every resource method whose declared return
 * type names one; see {@code docs/audit.md}.
 *
 * <pre>{@code
 * @GET
 * @Path("{id}")
 * @AccessLogged(resource = "Patient", action = AccessLogged.Action.READ)
 * public PatientView patient(@PathParam("id") String id) { ... }
 * }</pre>
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AccessLogged {

  /** The kind of record read, e.g. {@code Patient}, {@code Screening}, {@code PatientTimeline}. */
  String resource();

  /** What the caller did with the personal data. */
  Action action() default Action.READ;

  /**
   * The path parameter that names the patient whose data is read, for responses whose entity is not
   * itself a {@code PersonalRecord} (e.g. {@code "id"} in {@code /patients/{id}/timeline}); empty
   * when the response's records say it.
   */
  String patientIdParam() default "";

  /** The access-log actions (API.md: READ, EXPORT, UNMASK, PRINT). */
  enum Action {
    /** The record was shown. */
    READ,
    /** The record left the system in a file (CSV, report). */
    EXPORT,
    /** A masked value, such as a national identity number, was shown in full. */
    UNMASK,
    /** The record was printed on a document a family or a hospital takes away (slip, letter). */
    PRINT
  }
}
