-- The screening module's tables (docs/screening.md): screenings, their immutable versions, and the
-- versioned rule sets that classified them. Screenings are never edited in place: a correction is
-- a new screening_version row, and the screening row only points at its current version.

-- Rule sets are data: a change of the rules is a new row with a new id, in force from a later
-- instant; a row is never edited, so the id a stored version names always means the same rules.
CREATE TABLE rule_set (
    id            text        PRIMARY KEY,
    in_force_from timestamptz NOT NULL UNIQUE,
    parameters    jsonb       NOT NULL,
    sources       text        NOT NULL,
    added_at      timestamptz NOT NULL DEFAULT now()
);

-- The default children's rules, exactly RuleSet.CHILD_SCREENING_2021_1 of the engine (a test
-- compares the two): acuity limits by age after China's 2021 service specification for eye care of
-- children aged 0-6, two chart lines between the eyes, REFER from a PTA4 of 20 dB HL (WHO 2021).
INSERT INTO rule_set (id, in_force_from, parameters, sources) VALUES (
    'child-screening-2021.1',
    '2021-08-01T00:00:00Z',
    '{"optotypeFromAge": 3,
      "acuityLimits": [{"fromAge": 3, "decimal": "0.5"},
                       {"fromAge": 4, "decimal": "0.6"},
                       {"fromAge": 6, "decimal": "0.7"}],
      "interocularDifferenceLogMar": "0.20",
      "referAtPta4DbHl": "20"}',
    '0~6岁儿童眼保健及视力检查服务规范 (2021); AAP/AAPOS 2016; WHO World Report on Hearing (2021); '
        || 'ICD-11 9D90; GB/T 26341-2010'
);

-- One row per screening: what never changes (patient aside, which a merge of duplicate
-- registrations moves), and the number of its current version, which is also its ETag.
CREATE TABLE screening (
    id                        uuid        PRIMARY KEY,
    patient_id                uuid        NOT NULL,
    kind                      text        NOT NULL CHECK (kind IN ('VISION', 'HEARING', 'SPEECH')),
    method                    text        NOT NULL CHECK (method IN
                                  ('OPTOTYPE', 'INSTRUMENT', 'CLINICIAN', 'OAE', 'AABR', 'PURE_TONE')),
    performed_at              timestamptz NOT NULL,
    performer_username        text        NOT NULL,
    performer_practitioner_id text,
    clinic_id                 uuid,
    version                   bigint      NOT NULL CHECK (version >= 1),
    recorded_at               timestamptz NOT NULL
);

-- A patient's screenings, most recently performed first, paged by (performed_at, id): the list of
-- GET /api/patients/{id}/screenings, and the move of a merged duplicate's screenings.
CREATE INDEX screening_patient ON screening (patient_id, performed_at DESC, id DESC);
-- Screenings of a clinic, for the outreach reports.
CREATE INDEX screening_clinic ON screening (clinic_id) WHERE clinic_id IS NOT NULL;

-- One row per version, written once. Version 1 is the screening as recorded; each later version
-- corrects the one before it and says why.
CREATE TABLE screening_version (
    screening_id      uuid        NOT NULL REFERENCES screening (id),
    version           bigint      NOT NULL CHECK (version >= 1),
    measurements      jsonb       NOT NULL,
    notes             text,
    result            text        NOT NULL CHECK (result IN ('PASS', 'REFER')),
    classification    jsonb       NOT NULL,
    rule_set_id       text        NOT NULL REFERENCES rule_set (id),
    corrects_version  bigint,
    correction_reason text,
    recorded_by       text        NOT NULL,
    recorded_at       timestamptz NOT NULL,
    PRIMARY KEY (screening_id, version),
    CONSTRAINT screening_version_corrects_the_one_before
        CHECK ((version = 1 AND corrects_version IS NULL)
            OR (version > 1 AND corrects_version = version - 1)),
    CONSTRAINT screening_version_correction_has_a_reason
        CHECK ((corrects_version IS NULL) = (correction_reason IS NULL))
);

-- Versions and rule sets are history: the application never changes or removes one, and these
-- triggers refuse it to anyone else too.
CREATE FUNCTION refuse_change_of_history() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are never changed or removed (%)', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'restrict_violation';
END
$$;

CREATE TRIGGER screening_version_is_history
    BEFORE UPDATE OR DELETE ON screening_version
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_history();

CREATE TRIGGER rule_set_is_history
    BEFORE UPDATE OR DELETE ON rule_set
    FOR EACH ROW EXECUTE FUNCTION refuse_change_of_history();
