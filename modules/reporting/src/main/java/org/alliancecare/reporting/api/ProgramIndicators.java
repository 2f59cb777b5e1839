package org.alliancecare.reporting.api;

import java.io.Serializable;

/**
 * The indicators of a program (API.md, Reports), for one county or in total. Children are counted
 * once each; referrals and milestones one by one.
 *
 * @param screened children screened (a kind of the program's conditions, in the period, under the
 *     age limit)
 * @param refer of those, children with a REFER result (the current version of a screening)
 * @param referred children referred in the period from a screening of the program's kinds or from
 *     one of its cases
 * @param referralsCompleted those referrals that are completed
 * @param medianDaysToCompletion median days from request to completion of those; {@code null} when
 *     none is completed
 * @param enrolled children with a case of the program active in the phase (enrolled in it or
 *     carried into it); in total, children with a case of the program
 * @param deviceFittedOrSurgery children whose device fitting or correction/surgery milestone was
 *     achieved (in the phase)
 * @param rehabilitated children whose case closed with outcome REHABILITATED (in the phase)
 * @param overdueReferrals referrals of the period still open after their due date, today
 * @param overdueMilestones planned milestones after their due date, today, of open cases (in the
 *     phase)
 */
public record ProgramIndicators(
    long screened,
    long refer,
    long referred,
    long referralsCompleted,
    Double medianDaysToCompletion,
    long enrolled,
    long deviceFittedOrSurgery,
    long rehabilitated,
    long overdueReferrals,
    long overdueMilestones)
    implements Serializable {

  /** Nothing counted. */
  public static final ProgramIndicators NONE =
      new ProgramIndicators(0, 0, 0, 0, null, 0, 0, 0, 0, 0);
}
