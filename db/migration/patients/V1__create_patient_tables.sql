-- Patients, their guardians and consents. Ids are application-generated UUIDs kept as text (as in
-- the directory: the EclipseLink that Payara ships binds a null UUID as varchar).
-- Identity numbers are never stored in plain text: national_id_sealed is AES-GCM ciphertext and
-- national_id_hash an HMAC-SHA256 keyed with ALLIANCECARE_ID_KEY, for equality look-ups only.

-- Name search is "contains", tolerant of case, spaces and middle-dot variants: a trigram index on
-- the normalised search key serves LIKE '%…%'.
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA patients;

CREATE TABLE patient (
    id                 text        PRIMARY KEY CHECK (id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'),
    version            bigint      NOT NULL DEFAULT 0,
    name               text        NOT NULL,
    name_key           text        NOT NULL,
    sex                text        NOT NULL CHECK (sex IN ('MALE', 'FEMALE')),
    birth_date         date        NOT NULL,
    national_id_sealed bytea,
    national_id_hash   bytea,
    ethnicity          text,
    place_code         text        NOT NULL,
    address            text,
    registered_at      timestamptz NOT NULL,
    registered_by      text        NOT NULL,
    changed_at         timestamptz NOT NULL,
    merged_into        text        REFERENCES patient (id),
    CHECK ((national_id_sealed IS NULL) = (national_id_hash IS NULL)),
    CHECK (merged_into IS NULL OR merged_into <> id)
);

-- One patient per identity number (duplicate-patient).
CREATE UNIQUE INDEX patient_national_id_hash ON patient (national_id_hash) WHERE national_id_hash IS NOT NULL;
-- Probable duplicates: same normalised name and birth date.
CREATE INDEX patient_name_key_birth_date ON patient (name_key, birth_date);
CREATE INDEX patient_name_key_trigram ON patient USING gin (name_key gin_trgm_ops);
-- Lists by place (scope filters by place codes) in name order.
CREATE INDEX patient_place_name ON patient (place_code, name_key, id);
CREATE INDEX patient_birth_date ON patient (birth_date);

CREATE TABLE guardian (
    patient_id         text    NOT NULL REFERENCES patient (id),
    position           integer NOT NULL,
    name               text    NOT NULL,
    relationship       text    NOT NULL,
    phone              text,
    phone_key          text,
    national_id_sealed bytea,
    PRIMARY KEY (patient_id, position)
);

-- Probable duplicates: same guardian phone (digits only) and birth date.
CREATE INDEX guardian_phone_key ON guardian (phone_key) WHERE phone_key IS NOT NULL;

CREATE TABLE consent (
    id            text        PRIMARY KEY CHECK (id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'),
    version       bigint      NOT NULL DEFAULT 0,
    patient_id    text        NOT NULL REFERENCES patient (id),
    guardian_name text        NOT NULL,
    relationship  text        NOT NULL,
    scopes        text        NOT NULL,
    given_on      date        NOT NULL,
    withdrawn_on  date,
    document_ref  text,
    recorded_by   text        NOT NULL,
    recorded_at   timestamptz NOT NULL,
    CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on)
);

CREATE INDEX consent_patient ON consent (patient_id, given_on);
