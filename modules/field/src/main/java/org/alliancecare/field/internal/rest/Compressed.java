package org.alliancecare.field.internal.rest;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An answer worth compressing for a slow mobile network (the pack of a clinic day: about 2 MB of
 * JSON for 5,000 children, a sixth of it gzipped): {@link CompressedAnswers} writes it gzipped to a
 * client that accepts gzip. Only for answers that hold no secret beside what a request reflects
 * (BREACH): the rest of the API, and the Faces pages, are sent as they are.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@interface Compressed {}
