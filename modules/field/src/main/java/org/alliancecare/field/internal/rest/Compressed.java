package org.alliancecare.field.internal.rest;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An answer worth compressing for a slow mobile network (the pack of a clinic day: about 2 MB of
 * JSON for 5,000 children, a sixth of it gzipped): {@link CompressedAnswers} writes it gzipped to a
 * client that accepts gzip.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@interface Compressed {}
