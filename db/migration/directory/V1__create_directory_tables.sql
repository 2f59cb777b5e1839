-- The directory: places, organisations, practitioners, accounts and sign-in sessions.
-- Ids are application-generated UUIDs kept as text: the EclipseLink that Payara ships binds a null
-- java.util.UUID as varchar, which PostgreSQL refuses for a uuid column; the CHECKs keep them UUIDs.

CREATE TABLE place (
    code        text        PRIMARY KEY,
    parent_code text        REFERENCES place (code),
    level       text        NOT NULL CHECK (level IN ('PROVINCE', 'PREFECTURE', 'COUNTY', 'TOWNSHIP', 'VILLAGE')),
    name_zh     text        NOT NULL,
    name_en     text        NOT NULL,
    added_at    timestamptz NOT NULL DEFAULT now(),
    CHECK ((level = 'PROVINCE') = (parent_code IS NULL))
);

-- GET /api/places?parent= lists the children of a place in code order.
CREATE INDEX place_parent_code ON place (parent_code, code);

CREATE TABLE organisation (
    id         text        PRIMARY KEY CHECK (id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'),
    org_key    text        UNIQUE,
    kind       text        NOT NULL,
    name_zh    text        NOT NULL,
    name_en    text        NOT NULL,
    place_code text        REFERENCES place (code),
    province   text        NOT NULL,
    added_at   timestamptz NOT NULL DEFAULT now(),
    version    bigint      NOT NULL DEFAULT 0
);

-- The list is ordered by English name (and id, for a stable cursor).
CREATE INDEX organisation_name_en ON organisation (name_en, id);

CREATE TABLE practitioner (
    id                   text        PRIMARY KEY CHECK (id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'),
    name                 text        NOT NULL,
    search_name          text        NOT NULL,
    specialty            text        NOT NULL,
    origin               text        NOT NULL CHECK (origin IN ('AID', 'LOCAL')),
    organisation_id      text        NOT NULL REFERENCES organisation (id),
    home_organisation_id text        REFERENCES organisation (id),
    tour_start           date,
    tour_end             date,
    registered_at        timestamptz NOT NULL,
    version              bigint      NOT NULL DEFAULT 0,
    CHECK (origin = 'LOCAL' OR (home_organisation_id IS NOT NULL AND tour_start IS NOT NULL
                                AND tour_end IS NOT NULL AND tour_end >= tour_start)),
    CHECK (origin = 'AID' OR (home_organisation_id IS NULL AND tour_start IS NULL AND tour_end IS NULL))
);

-- The list is ordered by name (and id, for a stable cursor); ?specialty= filters on top of it.
-- Name search (?q=) is a substring match over search_name: a few thousand practitioners at most,
-- so a scan is cheap and no trigram index (an extension an external database may lack) is needed.
CREATE INDEX practitioner_name ON practitioner (name, id);
CREATE INDEX practitioner_specialty ON practitioner (specialty, name, id);

CREATE TABLE account (
    id                  text        PRIMARY KEY CHECK (id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'),
    username            text        NOT NULL UNIQUE CHECK (username ~ '^[a-z][a-z0-9._-]{2,63}$'),
    display_name        text        NOT NULL,
    -- pbkdf2-sha256$<iterations>$<salt>$<hash>; never the password
    password_hash       text        NOT NULL CHECK (password_hash LIKE 'pbkdf2-sha256$%'),
    practitioner_id     text        REFERENCES practitioner (id),
    enabled             boolean     NOT NULL,
    created_at          timestamptz NOT NULL,
    password_changed_at timestamptz NOT NULL,
    version             bigint      NOT NULL DEFAULT 0
);

CREATE TABLE account_role (
    account_id text NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role       text NOT NULL CHECK (role IN ('DOCTOR', 'ALLIANCE_LEAD', 'COORDINATOR', 'AUDITOR', 'ADMIN')),
    PRIMARY KEY (account_id, role)
);

CREATE TABLE account_jurisdiction (
    account_id text NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    place_code text NOT NULL REFERENCES place (code),
    PRIMARY KEY (account_id, place_code)
);

-- Failed sign-ins and the lock, apart from the account so that they do not change its version.
CREATE TABLE sign_in_attempts (
    account_id        text        PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    failures          integer     NOT NULL DEFAULT 0,
    window_started_at timestamptz,
    locked_until      timestamptz
);

-- Bearer sessions: only the SHA-256 of the token is kept.
CREATE TABLE session (
    id           text        PRIMARY KEY,
    token_hash   text        NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    account_id   text        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at   timestamptz NOT NULL,
    last_used_at timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL,
    revoked_at   timestamptz
);

-- Revoking every session of an account (disabled, new password).
CREATE INDEX session_account ON session (account_id) WHERE revoked_at IS NULL;
-- Forgetting ended sessions.
CREATE INDEX session_expires_at ON session (expires_at);
