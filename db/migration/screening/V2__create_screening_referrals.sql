-- Referrals that started from a screening, and how they ended: the closed loop seen from the
-- screening (issue 7: "the screening shows the referral's outcome"). Written by the application as
-- the referral's events happen; one row per referral.
CREATE TABLE screening_referral (
    referral_id     text        PRIMARY KEY,
    screening_id    uuid        NOT NULL REFERENCES screening (id),
    referral_number text        NOT NULL,
    status          text        NOT NULL,
    outcome         text,
    completed_on    date,
    changed_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX screening_referral_screening ON screening_referral (screening_id);
