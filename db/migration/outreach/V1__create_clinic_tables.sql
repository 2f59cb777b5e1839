-- Outreach clinics (下乡义诊): scheduling, staffing, attendance. Alliances, places, practitioners and
-- patients belong to other modules and are referenced by id or code only (no cross-schema key).
-- Ids are application-generated UUIDs kept as text, as in every schema of AllianceCare.

-- The double-booking constraint compares practitioner ids with = inside a GiST index, which needs
-- the btree_gist operator classes (a trusted contrib extension shipped with PostgreSQL). It goes
-- into public so that no module's schema owns what several modules use.
CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;

-- Clinic numbers OC-<year>-<nnnn>: unique and stable, not gap-free.
CREATE SEQUENCE clinic_number;

CREATE TABLE clinic (
    id                  text        PRIMARY KEY CHECK (id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'),
    clinic_number       text        NOT NULL UNIQUE,
    title               text        NOT NULL CHECK (title <> ''),
    host_alliance_id    text        NOT NULL,
    place_code          text        NOT NULL,
    venue               text        NOT NULL CHECK (venue <> ''),
    -- the schedule as people state it: a local date and times in an IANA time zone ...
    local_date          date        NOT NULL,
    start_time          time        NOT NULL,
    end_time            time        NOT NULL,
    time_zone           text        NOT NULL,
    -- ... and the instants it means, computed by the application from the zone's rules
    starts_at           timestamptz NOT NULL,
    ends_at             timestamptz NOT NULL,
    capacity            integer     NOT NULL CHECK (capacity >= 0),
    status              text        NOT NULL CHECK (status IN ('PLANNED', 'PUBLISHED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED')),
    cancellation_reason text,
    summary             text,
    -- iCalendar SEQUENCE: raised on every change that the calendar feed shows
    sequence            integer     NOT NULL DEFAULT 0,
    created_at          timestamptz NOT NULL,
    created_by          text        NOT NULL,
    updated_at          timestamptz NOT NULL,
    version             bigint      NOT NULL DEFAULT 0,
    CHECK (end_time > start_time),
    CHECK (ends_at > starts_at),
    CHECK ((status = 'CANCELLED') = (cancellation_reason IS NOT NULL))
);

-- GET /api/clinics lists by start (keyset on starts_at, id) and filters by date, host, place, status.
CREATE INDEX clinic_starts_at ON clinic (starts_at, id);
CREATE INDEX clinic_host_alliance ON clinic (host_alliance_id, starts_at);
CREATE INDEX clinic_place ON clinic (place_code, starts_at);

-- Alliances that join the host alliance's clinic (多学科会诊).
CREATE TABLE clinic_joining_alliance (
    clinic_id   text NOT NULL REFERENCES clinic (id),
    alliance_id text NOT NULL,
    PRIMARY KEY (clinic_id, alliance_id)
);
-- ?allianceId= matches the host or a joining alliance.
CREATE INDEX clinic_joining_alliance_alliance ON clinic_joining_alliance (alliance_id);

CREATE TABLE clinic_service (
    clinic_id text NOT NULL REFERENCES clinic (id),
    service   text NOT NULL,
    PRIMARY KEY (clinic_id, service)
);

-- Who staffs a clinic. Each row carries its clinic's time as a UTC range, so that the database
-- itself refuses to put one practitioner on two clinics whose times overlap: comparing instants,
-- not local clock times, makes 10:30-11:30 Asia/Urumqi (04:30-05:30Z) compatible with 10:00-12:00
-- Asia/Shanghai (02:00-04:00Z) and 09:00-10:00 Asia/Urumqi (03:00-04:00Z) not. Two concurrent
-- staffings of one practitioner on overlapping clinics cannot both commit: the second waits on
-- the first's index entry and fails when it commits. Rows of a cancelled clinic are released
-- (released = true) and no longer hold the practitioner's time. The range is half-open, so a
-- clinic that ends at 10:00 and one that starts at 10:00 do not overlap.
CREATE TABLE clinic_staff (
    clinic_id       text        NOT NULL REFERENCES clinic (id),
    practitioner_id text        NOT NULL,
    role            text        NOT NULL,
    via_alliance_id text        NOT NULL,
    during          tstzrange   NOT NULL CHECK (NOT isempty(during)),
    released        boolean     NOT NULL DEFAULT false,
    assigned_at     timestamptz NOT NULL,
    assigned_by     text        NOT NULL,
    PRIMARY KEY (clinic_id, practitioner_id),
    CONSTRAINT practitioner_double_booked EXCLUDE USING gist (
        practitioner_id WITH =, during WITH &&) WHERE (NOT released)
);
-- ?practitionerId= of the calendar feed.
CREATE INDEX clinic_staff_practitioner ON clinic_staff (practitioner_id);

-- Patients seen at a clinic. BOOKED ones count against the clinic's capacity; recording one locks
-- the clinic's row first (SELECT ... FOR UPDATE), so concurrent bookings are counted one after the
-- other and the last place cannot be given twice.
CREATE TABLE attendance (
    id          text        PRIMARY KEY CHECK (id ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'),
    clinic_id   text        NOT NULL REFERENCES clinic (id),
    patient_id  text        NOT NULL,
    kind        text        NOT NULL CHECK (kind IN ('BOOKED', 'WALK_IN')),
    note        text,
    recorded_at timestamptz NOT NULL,
    recorded_by text        NOT NULL
);
-- GET /api/clinics/{id}/attendances in the order recorded; counting BOOKED ones.
CREATE INDEX attendance_clinic ON attendance (clinic_id, recorded_at, id);
-- Moving a merged duplicate's attendances to the surviving patient.
CREATE INDEX attendance_patient ON attendance (patient_id);
