-- Covering indexes for the program report (bench/README.md, figures report.*; plans in
-- bench/results/plans.txt). At 1,000,000 screenings the report of one county and phase read the
-- screenings of the county's places in the phase's days through screening_by_place_and_day and
-- then fetched every matching row from the heap — about 100,000 rows on 19,000 pages, scattered
-- because screenings arrive child by child, not place by place. With the columns the report reads
-- in the index, PostgreSQL answers from the index alone (an index-only scan: 1,239 pages instead of
-- 19,000 for the same rows). They replace the indexes of the same keys without those columns.

DROP INDEX screening_by_place_and_day;
CREATE INDEX screening_by_place_and_day ON screening (place_code, performed_on)
    INCLUDE (kind, patient_id, result, county_code);

-- Referrals of the report: the same, for the referrals requested at the places in the period.
DROP INDEX referral_by_place_and_day;
CREATE INDEX referral_by_place_and_day ON referral (place_code, requested_on)
    INCLUDE (patient_id, county_code, status, due_on, completed_on, source_kind, source_id);

-- "Referred" counts a referral when its source screening is of the program's kinds: one probe per
-- referral (102,777 at 1,000,000 screenings, 411,000 buffers). With the kind beside the id the
-- probe never visits the table.
CREATE INDEX screening_kind_by_id ON screening (screening_id) INCLUDE (kind);
