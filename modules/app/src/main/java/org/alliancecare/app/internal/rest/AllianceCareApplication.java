package org.alliancecare.app.internal.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** Every module's REST resources live below {@code /api}. */
@ApplicationPath("api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "AllianceCare",
            version = "1",
            description =
                "Case management for specialist alliances, outreach clinics and child"
                    + " vision/hearing/speech rehabilitation."))
public class AllianceCareApplication extends Application {}
