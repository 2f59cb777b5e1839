package org.alliancecare.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Reporting's read models for a generated population, filled set-based from the modules' tables
 * with what the reporting module's projection would have written for their events (the patient's
 * place and county, the screening's day in China Standard Time, the first screening and first REFER
 * of each child, place and kind and of each child per county and over every place, the child's
 * birth date on its screenings and referrals, the kind or program of a referral's source, the
 * status a referral or case was left in, the phases a case was active in). Rows already there —
 * projected live, or from a smaller size — are kept. Projecting millions of journal entries one by
 * one through {@code POST /api/reports/rebuild} would take hours here; the harness checks at the
 * small size that a rebuild gives the same report.
 */
final class ReadModels {

  private static final List<String> FILL =
      List.of(
          "INSERT INTO reporting.patient (patient_id, birth_date, place_code, county_code)"
              + " SELECT id, birth_date, place_code, CASE WHEN substr(place_code, 1, 6) LIKE '%00'"
              + " THEN NULL ELSE substr(place_code, 1, 6) END FROM patients.patient"
              + " ON CONFLICT (patient_id) DO NOTHING",
          "INSERT INTO reporting.screening (screening_id, patient_id, kind, clinic_id, performed_on,"
              + " place_code, county_code, result, result_version, birth_date)"
              + " SELECT s.id::text, s.patient_id::text, s.kind, s.clinic_id::text,"
              + " (s.performed_at AT TIME ZONE 'Asia/Shanghai')::date, p.place_code, p.county_code,"
              + " v.result, s.version, p.birth_date FROM screening.screening s"
              + " JOIN screening.screening_version v ON v.screening_id = s.id AND v.version = s.version"
              + " LEFT JOIN reporting.patient p ON p.patient_id = s.patient_id::text"
              + " ON CONFLICT (screening_id) DO NOTHING",
          "INSERT INTO reporting.screened_child (patient_id, place_code, kind, county_code,"
              + " birth_date, first_on, first_refer_on)"
              + " SELECT s.patient_id, s.place_code, s.kind, max(s.county_code),"
              + " (SELECT p.birth_date FROM reporting.patient p WHERE p.patient_id = s.patient_id),"
              + " min(s.performed_on), min(s.performed_on) FILTER (WHERE s.result = 'REFER')"
              + " FROM reporting.screening s"
              + " WHERE s.place_code IS NOT NULL GROUP BY s.patient_id, s.place_code, s.kind"
              + " ON CONFLICT (patient_id, place_code, kind) DO UPDATE SET"
              + " first_on = LEAST(screened_child.first_on, EXCLUDED.first_on),"
              + " first_refer_on = LEAST(screened_child.first_refer_on, EXCLUDED.first_refer_on)"
              + " WHERE EXCLUDED.first_on < screened_child.first_on"
              + " OR EXCLUDED.first_refer_on < screened_child.first_refer_on"
              + " OR (screened_child.first_refer_on IS NULL"
              + " AND EXCLUDED.first_refer_on IS NOT NULL)",
          // the children per county and over every place, counted again for every child
          "INSERT INTO reporting.counted_child (counted_in, patient_id, birth_date, vision_on,"
              + " vision_refer_on, hearing_on, hearing_refer_on, speech_on, speech_refer_on)"
              + " SELECT a.counted_in, s.patient_id,"
              + " (SELECT p.birth_date FROM reporting.patient p WHERE p.patient_id = s.patient_id),"
              + " min(s.performed_on) FILTER (WHERE s.kind = 'VISION'),"
              + " min(s.performed_on) FILTER (WHERE s.kind = 'VISION' AND s.result = 'REFER'),"
              + " min(s.performed_on) FILTER (WHERE s.kind = 'HEARING'),"
              + " min(s.performed_on) FILTER (WHERE s.kind = 'HEARING' AND s.result = 'REFER'),"
              + " min(s.performed_on) FILTER (WHERE s.kind = 'SPEECH'),"
              + " min(s.performed_on) FILTER (WHERE s.kind = 'SPEECH' AND s.result = 'REFER')"
              + " FROM reporting.screening s"
              + " CROSS JOIN LATERAL (VALUES (s.county_code), ('*')) AS a (counted_in)"
              + " WHERE s.place_code IS NOT NULL AND a.counted_in IS NOT NULL"
              + " GROUP BY a.counted_in, s.patient_id"
              + " ON CONFLICT (patient_id, counted_in) DO UPDATE SET"
              + " vision_on = EXCLUDED.vision_on, vision_refer_on = EXCLUDED.vision_refer_on,"
              + " hearing_on = EXCLUDED.hearing_on, hearing_refer_on = EXCLUDED.hearing_refer_on,"
              + " speech_on = EXCLUDED.speech_on, speech_refer_on = EXCLUDED.speech_refer_on",
          "INSERT INTO reporting.screened_place (place_code) SELECT DISTINCT place_code"
              + " FROM reporting.screening WHERE place_code IS NOT NULL ON CONFLICT DO NOTHING",
          "INSERT INTO reporting.referral (referral_id, patient_id, place_code, county_code,"
              + " source_kind, source_id, requested_on, due_on, status, completed_on, changed_at,"
              + " birth_date)"
              + " SELECT r.id::text, r.patient_id::text, r.place_code, r.county_code, r.source_kind,"
              + " r.source_id, (r.requested_at AT TIME ZONE 'UTC')::date, r.due_on, r.status,"
              + " (r.completed_at AT TIME ZONE 'UTC')::date, t.at, p.birth_date"
              + " FROM referrals.referral r JOIN referrals.referral_transition t"
              + " ON t.referral_id = r.id AND t.seq = r.version"
              + " LEFT JOIN reporting.patient p ON p.patient_id = r.patient_id::text"
              + " ON CONFLICT (referral_id) DO NOTHING",
          "INSERT INTO reporting.case_file (case_id, patient_id, program_code, enrolment_phase,"
              + " current_phase, place_code, county_code, enrolled_on, stage, outcome,"
              + " closed_in_phase, changed_at)"
              + " SELECT c.id::text, c.patient_id::text, c.program_code, c.enrolment_phase,"
              + " c.current_phase, c.place_code, c.county_code, c.enrolled_on, c.stage, c.outcome,"
              + " CASE WHEN c.stage = 'CLOSED' THEN c.current_phase END,"
              + " coalesce((SELECT max(h.at) FROM rehabilitation.case_stage_history h"
              + " WHERE h.case_id = c.id), c.enrolled_at)"
              + " FROM rehabilitation.case_file c ON CONFLICT (case_id) DO NOTHING",
          "INSERT INTO reporting.case_phase (case_id, phase)"
              + " SELECT c.id::text, unnest(c.phases) FROM rehabilitation.case_file c"
              + " ON CONFLICT (case_id, phase) DO NOTHING",
          "INSERT INTO reporting.milestone (milestone_id, case_id, kind, due_on, status,"
              + " achieved_on, achieved_in_phase, changed_at)"
              + " SELECT m.id::text, m.case_id::text, m.kind, m.due_on, m.status, m.achieved_on,"
              + " CASE WHEN m.achieved_on IS NOT NULL THEN greatest(c.enrolment_phase,"
              + " (SELECT ph.number FROM rehabilitation.phase ph WHERE ph.program_code ="
              + " c.program_code AND m.achieved_on BETWEEN ph.starts_on AND ph.ends_on)) END,"
              + " c.enrolled_at FROM rehabilitation.milestone m"
              + " JOIN rehabilitation.case_file c ON c.id = m.case_id"
              + " ON CONFLICT (milestone_id) DO NOTHING",
          "UPDATE reporting.referral r SET source_screening_kind = s.kind"
              + " FROM reporting.screening s WHERE r.source_kind = 'SCREENING'"
              + " AND r.source_screening_kind IS NULL AND s.screening_id = r.source_id",
          "UPDATE reporting.referral r SET source_program_code = c.program_code"
              + " FROM reporting.case_file c WHERE r.source_kind = 'CASE'"
              + " AND r.source_program_code IS NULL AND c.case_id = r.source_id");

  private ReadModels() {}

  static void fill(Connection connection) throws SQLException {
    try (Statement sql = connection.createStatement()) {
      for (String statement : FILL) {
        sql.execute(statement);
      }
    }
    connection.commit();
  }
}
