package org.alliancecare.rehabilitation.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A milestone of a case. {@code overdue} is computed for the day of the answer (PLANNED and past
 * its due date); {@code custom} marks one added by hand rather than from the program's templates.
 */
public record MilestoneView(
    String id,
    Condition condition,
    String kind,
    String title,
    LocalDate dueOn,
    MilestoneStatus status,
    LocalDate achievedOn,
    String evidence,
    String skipReason,
    boolean custom,
    boolean overdue)
    implements Serializable {}
