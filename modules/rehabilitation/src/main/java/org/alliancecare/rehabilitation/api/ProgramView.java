package org.alliancecare.rehabilitation.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A program with its eligibility, milestone templates and phases. */
public record ProgramView(
    String code,
    String nameZh,
    String nameEn,
    Eligibility eligibility,
    List<MilestoneTemplate> milestoneTemplates,
    List<PhaseView> phases,
    Instant createdAt,
    String createdBy,
    long version)
    implements Serializable {}
