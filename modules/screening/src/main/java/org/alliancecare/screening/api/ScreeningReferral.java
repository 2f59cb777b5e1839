package org.alliancecare.screening.api;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A referral that started from this screening, as far as it has come: its status and, once
 * completed, its outcome (the closed loop seen from the screening).
 */
public record ScreeningReferral(
    String referralId, String referralNumber, String status, String outcome, LocalDate completedOn)
    implements Serializable {}
