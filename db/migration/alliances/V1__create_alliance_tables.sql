-- Specialist alliances (专科联盟) and their memberships. Memberships are history: a row is never
-- deleted; ending one sets ends_on. A membership covers the days [since, ends_on) — ends_on is the
-- first day on which the practitioner is no longer a member in that role (NULL: open-ended).
-- Practitioners live in the directory schema and are referenced by id only (no cross-schema key).
-- Ids are application-generated UUIDs kept as text, as in every schema of AllianceCare.

-- The exclusion constraints below compare text ids with = inside a GiST index, which needs the
-- btree_gist operator classes (a trusted contrib extension shipped with PostgreSQL). It goes into
-- public so that no module's schema owns what several modules use.
CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;

CREATE TABLE alliance (
    id          text        PRIMARY KEY CHECK (id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'),
    code        text        NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9_-]{1,15}$'),
    name_zh     text        NOT NULL CHECK (name_zh <> ''),
    name_en     text        NOT NULL CHECK (name_en <> ''),
    specialty   text        NOT NULL CHECK (specialty <> ''),
    founded_on  date,
    created_at  timestamptz NOT NULL DEFAULT now(),
    version     bigint      NOT NULL DEFAULT 0
);

CREATE TABLE membership (
    id              text        PRIMARY KEY CHECK (id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'),
    alliance_id     text        NOT NULL REFERENCES alliance (id),
    practitioner_id text        NOT NULL,
    role            text        NOT NULL CHECK (role IN ('LEAD', 'MEMBER')),
    since           date        NOT NULL,
    ends_on         date,
    end_reason      text,
    recorded_at     timestamptz NOT NULL,
    recorded_by     text        NOT NULL,
    ended_at        timestamptz,
    ended_by        text,
    version         bigint      NOT NULL DEFAULT 0,
    -- an empty range is allowed: a member appointed lead on the day they joined
    CHECK (ends_on IS NULL OR ends_on >= since),
    CHECK ((ends_on IS NULL) = (end_reason IS NULL)),
    -- one lead at a time, on every day of the alliance's history (not only today): two lead rows
    -- of one alliance never share a day. Appointments also lock the alliance row, so concurrent
    -- ones run one after the other; this constraint is the backstop that no code path can bypass.
    CONSTRAINT one_lead_at_a_time EXCLUDE USING gist (
        alliance_id WITH =, daterange(since, ends_on, '[)') WITH &&) WHERE (role = 'LEAD'),
    -- a practitioner holds one membership of an alliance at a time (as LEAD or as MEMBER)
    CONSTRAINT one_membership_at_a_time EXCLUDE USING gist (
        alliance_id WITH =, practitioner_id WITH =, daterange(since, ends_on, '[)') WITH &&)
);

-- GET /api/alliances/{id}/members?at= and the current lead and member count of each alliance.
CREATE INDEX membership_alliance ON membership (alliance_id, since);
-- "which alliances does this practitioner lead / belong to" (authorisation of alliance leads,
-- outreach staffing rules).
CREATE INDEX membership_practitioner ON membership (practitioner_id, alliance_id);
