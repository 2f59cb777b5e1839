package org.alliancecare.screening.api;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/**
 * The classification of API.md; a field that does not apply to the kind and method is absent.
 * Categories and grades are the names of docs/screening.md ({@code NONE}, {@code MILD}, {@code
 * GRADE_4}, {@code UNILATERAL}…).
 *
 * @param betterEyeLogMar presenting (uncorrected) acuity of the better eye
 * @param icd11VisionCategory ICD-11 9D90 category of that acuity
 * @param gbVisionDisabilityGrade GB/T 26341-2010 grade of the better eye's best-corrected acuity
 * @param provisional whether that grade rests on uncorrected acuity (best-corrected not known)
 * @param pta4Right four-frequency average of the right ear, dB HL
 * @param pta4Left four-frequency average of the left ear, dB HL
 * @param whoHearingGrade WHO World Report on Hearing (2021) grade, including {@code UNILATERAL}
 * @param gbHearingDisabilityGrade GB/T 26341-2010 grade of the better ear
 * @param reasons why REFER; empty for PASS
 * @param notes remarks that did not decide the result
 */
public record ClassificationView(
    BigDecimal betterEyeLogMar,
    String icd11VisionCategory,
    String gbVisionDisabilityGrade,
    Boolean provisional,
    BigDecimal pta4Right,
    BigDecimal pta4Left,
    String whoHearingGrade,
    String gbHearingDisabilityGrade,
    List<ReasonView> reasons,
    List<ReasonView> notes)
    implements Serializable {}
