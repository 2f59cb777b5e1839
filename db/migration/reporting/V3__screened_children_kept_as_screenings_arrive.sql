-- The program report's screening figures from counts kept as screenings arrive (issue 18, target 3;
-- docs/reports.md, "How the figures are kept"). At 1,000,000 screenings the report of everything
-- read every screening and reduced them to 200,000 children per request (1.3 s, plans.txt). Now the
-- projection keeps, for each child, place and kind of screening, the day of the child's first
-- screening there and of the first REFER (the current version's result), with the child's birth
-- date (for the age limit, without joining every patient per request): one upsert per screening.
-- A report whose period has no first day (the program as a whole) reads these rows instead of the
-- screenings; a child screened under the age limit at all was so on its first day, so the figures
-- are the same. A period with a first day (a phase) still reads the screenings of its days.
--
-- The rows are a function of reporting.screening: corrections and merges count the child's rows
-- again from its screenings. Screenings without a place never count (the reports filter by place),
-- so they have no row here.
CREATE TABLE screened_child (
    patient_id     text NOT NULL,
    place_code     text NOT NULL,
    kind           text NOT NULL,
    county_code    text,
    birth_date     date,
    first_on       date NOT NULL,
    first_refer_on date,
    PRIMARY KEY (patient_id, place_code, kind)
);

-- the report of some places: their children without visiting the table
CREATE INDEX screened_child_by_place ON screened_child (place_code)
    INCLUDE (kind, patient_id, county_code, birth_date, first_on, first_refer_on);

INSERT INTO screened_child (patient_id, place_code, kind, county_code, birth_date, first_on,
                            first_refer_on)
SELECT s.patient_id, s.place_code, s.kind, max(s.county_code),
       (SELECT p.birth_date FROM patient p WHERE p.patient_id = s.patient_id),
       min(s.performed_on), min(s.performed_on) FILTER (WHERE s.result = 'REFER')
FROM screening s
WHERE s.place_code IS NOT NULL
GROUP BY s.patient_id, s.place_code, s.kind;

-- Referrals: what their source is, kept on the referral when it is requested (the screening's kind,
-- the case's program), so that "referred" no longer probes the screenings once per referral
-- (102,777 probes, 0.84 s for everything at 1,000,000 screenings, plans.txt).
ALTER TABLE referral ADD COLUMN source_screening_kind text;
ALTER TABLE referral ADD COLUMN source_program_code text;

UPDATE referral r SET source_screening_kind = s.kind
FROM screening s WHERE r.source_kind = 'SCREENING' AND s.screening_id = r.source_id;

UPDATE referral r SET source_program_code = c.program_code
FROM case_file c WHERE r.source_kind = 'CASE' AND c.case_id = r.source_id;

DROP INDEX referral_by_place_and_day;
CREATE INDEX referral_by_place_and_day ON referral (place_code, requested_on)
    INCLUDE (patient_id, county_code, status, due_on, completed_on, source_kind,
             source_screening_kind, source_program_code);
