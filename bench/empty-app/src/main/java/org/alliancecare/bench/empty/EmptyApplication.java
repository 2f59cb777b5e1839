package org.alliancecare.bench.empty;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** JAX-RS under {@code /api}, as in AllianceCare. */
@ApplicationPath("api")
public class EmptyApplication extends Application {}
