-- The child's birth date kept on its screenings and referrals (issue 18, target 3, round 2;
-- docs/reports.md, "How the figures are kept"). The age limit was applied by joining
-- reporting.patient to the screenings of a period and to the referrals: at 200,000 children the
-- planner hashed every patient for each of them (0.4 s of the county report's 1.0 s, and the
-- referrals' parallel join of 1.4 s for everything, plans of round 1). Now the projection copies
-- the birth date the patient's row holds when the screening or referral arrives (as it already
-- does on screened_child), and again when the row moves to another child (merge, reassignment);
-- a birth date is written once per patient (at registration), so the kept one is the patient's.
ALTER TABLE screening ADD COLUMN birth_date date;
ALTER TABLE referral ADD COLUMN birth_date date;

UPDATE screening s SET birth_date = p.birth_date
FROM patient p WHERE p.patient_id = s.patient_id AND p.birth_date IS NOT NULL;

UPDATE referral r SET birth_date = p.birth_date
FROM patient p WHERE p.patient_id = r.patient_id AND p.birth_date IS NOT NULL;

-- the reports of some places and days: their rows with the birth date, without visiting the table
DROP INDEX screening_by_place_and_day;
CREATE INDEX screening_by_place_and_day ON screening (place_code, performed_on)
    INCLUDE (kind, patient_id, result, county_code, birth_date);

DROP INDEX referral_by_place_and_day;
CREATE INDEX referral_by_place_and_day ON referral (place_code, requested_on)
    INCLUDE (patient_id, county_code, status, due_on, completed_on, source_kind,
             source_screening_kind, source_program_code, birth_date);
