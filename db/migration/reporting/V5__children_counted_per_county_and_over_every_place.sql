-- The program report of every place from a row per child and county (issue 18, target 3, round 3;
-- docs/reports.md, "How the figures are kept"). The report of everything grouped the 500,000 rows
-- kept per child, place and kind (screened_child) into 400,000 groups per request — 0.8 s of its
-- 1.3 s at 1,000,000 screenings (bench/README.md). Now the projection keeps, for each child, one row
-- per county it was screened in and one over every place (counted_in '*'), with the first day and
-- the first REFER of each kind of screening in a column of its own and the child's birth date: the
-- figures of every place are one pass over these rows, counting them, with no grouping by child.
-- Like screened_child, the rows are a function of reporting.screening (corrections and merges count
-- the child again from its screenings), and screenings without a place have none.
CREATE TABLE counted_child (
    patient_id        text NOT NULL,
    counted_in        text NOT NULL,
    birth_date        date,
    vision_on         date,
    vision_refer_on   date,
    hearing_on        date,
    hearing_refer_on  date,
    speech_on         date,
    speech_refer_on   date,
    PRIMARY KEY (patient_id, counted_in)
);

-- Every place at which a screening was kept: the rows above answer for a set of places when it holds
-- all of these.
CREATE TABLE screened_place (
    place_code text PRIMARY KEY
);

INSERT INTO counted_child (counted_in, patient_id, birth_date, vision_on, vision_refer_on,
                           hearing_on, hearing_refer_on, speech_on, speech_refer_on)
SELECT a.counted_in, s.patient_id,
       (SELECT p.birth_date FROM patient p WHERE p.patient_id = s.patient_id),
       min(s.performed_on) FILTER (WHERE s.kind = 'VISION'),
       min(s.performed_on) FILTER (WHERE s.kind = 'VISION' AND s.result = 'REFER'),
       min(s.performed_on) FILTER (WHERE s.kind = 'HEARING'),
       min(s.performed_on) FILTER (WHERE s.kind = 'HEARING' AND s.result = 'REFER'),
       min(s.performed_on) FILTER (WHERE s.kind = 'SPEECH'),
       min(s.performed_on) FILTER (WHERE s.kind = 'SPEECH' AND s.result = 'REFER')
FROM screening s
CROSS JOIN LATERAL (VALUES (s.county_code), ('*')) AS a (counted_in)
WHERE s.place_code IS NOT NULL AND a.counted_in IS NOT NULL
GROUP BY a.counted_in, s.patient_id;

INSERT INTO screened_place (place_code)
SELECT DISTINCT place_code FROM screening WHERE place_code IS NOT NULL;
