package org.alliancecare.documents.internal.rendering;

import java.time.LocalDate;

/**
 * What a referral letter says.
 *
 * @param link what the QR code holds: the public address of the referral ({@code …/r/number})
 * @param urgency {@code ROUTINE} or {@code URGENT}
 * @param specialty the receiving specialty's code ({@code OPHTHALMOLOGY}…)
 */
public record LetterFacts(
    Child child,
    String referralNumber,
    String link,
    String referringDoctor,
    String referringOrganisation,
    String receivingOrganisation,
    String specialty,
    String urgency,
    LocalDate dueOn,
    String reason) {}
