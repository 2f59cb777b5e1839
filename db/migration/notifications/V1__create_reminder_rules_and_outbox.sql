-- Reminders (docs/reminders.md): the rules as data, the facts the rules look at (copied from the
-- modules' events in the transaction that raised them, as reporting's read models are), and the
-- outbox of reminders with their delivery. Nothing here refers to another schema.

-- Who is told what, when. The code knows each trigger (what a rule looks at); the rows say whether
-- it is on, its days, who is told and by which channels. Families are told by SMS; staff by inbox
-- and e-mail.
CREATE TABLE rule (
    code            text PRIMARY KEY,
    trigger_kind    text     NOT NULL CHECK (trigger_kind IN (
                        'REFERRAL_NOT_ACCEPTED', 'REFERRAL_OVERDUE', 'MILESTONE_DUE',
                        'MILESTONE_OVERDUE', 'CLINIC_PUBLISHED', 'CLINIC_MOVED', 'CLINIC_AHEAD')),
    days            integer  NOT NULL DEFAULT 0 CHECK (days BETWEEN 0 AND 60),
    recipients      text[]   NOT NULL,
    family_channels text[]   NOT NULL DEFAULT '{}',
    staff_channels  text[]   NOT NULL DEFAULT '{}',
    enabled         boolean  NOT NULL DEFAULT true,
    version         bigint   NOT NULL DEFAULT 1,
    CHECK (recipients <@ ARRAY['FAMILY', 'REFERRING_DOCTOR', 'RECEIVING_COORDINATORS',
                               'CASE_COORDINATORS', 'CLINIC_STAFF']::text[]),
    CHECK (family_channels <@ ARRAY['SMS']::text[]),
    CHECK (staff_channels <@ ARRAY['INBOX', 'EMAIL']::text[])
);

-- A rule's text per channel and language: {child}, {hospital}, {department}, {dueOn}, {number},
-- {milestone}, {clinic}, {venue}, {date}, {time} are filled in. An SMS says only what the family
-- already knows: the child, where to go, by when, the referral's number.
CREATE TABLE template (
    rule_code text NOT NULL REFERENCES rule (code),
    audience  text NOT NULL CHECK (audience IN ('FAMILY', 'STAFF')),
    language  text NOT NULL CHECK (language IN ('zh-CN', 'ug-CN', 'en')),
    subject   text NOT NULL,
    body      text NOT NULL,
    PRIMARY KEY (rule_code, audience, language)
);

-- A department's name as families and staff read it, by the referral's specialty.
CREATE TABLE department_name (
    specialty text NOT NULL,
    language  text NOT NULL CHECK (language IN ('zh-CN', 'ug-CN', 'en')),
    name      text NOT NULL,
    PRIMARY KEY (specialty, language)
);

-- Referrals as the rules see them.
CREATE TABLE tracked_referral (
    referral_id        text PRIMARY KEY,
    referral_number    text NOT NULL,
    patient_id         text NOT NULL,
    place_code         text NOT NULL,
    to_organisation_id text NOT NULL,
    specialty          text NOT NULL,
    requested_on       date NOT NULL,
    due_on             date NOT NULL,
    referring_username text NOT NULL,
    status             text NOT NULL,
    changed_at         timestamptz NOT NULL
);
CREATE INDEX open_referral_by_due ON tracked_referral (due_on)
    WHERE status IN ('REQUESTED', 'ACCEPTED', 'SCHEDULED');

-- Who recorded a screening: the referring doctor of a referral the screening started.
CREATE TABLE screening_author (
    screening_id text PRIMARY KEY,
    username     text NOT NULL
);

-- Milestones of rehabilitation cases.
CREATE TABLE tracked_milestone (
    milestone_id text PRIMARY KEY,
    case_id      text NOT NULL,
    case_number  text NOT NULL,
    patient_id   text NOT NULL,
    place_code   text NOT NULL,
    title        text NOT NULL,
    due_on       date NOT NULL,
    status       text NOT NULL CHECK (status IN ('PLANNED', 'ACHIEVED', 'SKIPPED')),
    changed_at   timestamptz NOT NULL
);
CREATE INDEX planned_milestone_by_due ON tracked_milestone (due_on) WHERE status = 'PLANNED';

-- Outreach clinics, their staff and the children booked.
CREATE TABLE tracked_clinic (
    clinic_id     text PRIMARY KEY,
    clinic_number text NOT NULL,
    title         text NOT NULL,
    place_code    text NOT NULL,
    venue         text NOT NULL,
    held_on       date NOT NULL,
    starts_at     time NOT NULL,
    time_zone     text NOT NULL,
    status        text NOT NULL,
    sequence      integer NOT NULL
);
CREATE INDEX published_clinic_by_day ON tracked_clinic (held_on) WHERE status = 'PUBLISHED';

CREATE TABLE clinic_staff (
    clinic_id       text NOT NULL,
    practitioner_id text NOT NULL,
    PRIMARY KEY (clinic_id, practitioner_id)
);

CREATE TABLE clinic_booking (
    clinic_id  text NOT NULL,
    patient_id text NOT NULL,
    PRIMARY KEY (clinic_id, patient_id)
);

-- The outbox: one row per reminder — per cause, recipient and channel, never twice (the unique
-- key; a scan that finds the same cause again inserts nothing). The inbox is the INBOX rows.
-- SENDING is a claim by one node's worker until lease_until; a claim that outlives its lease (the
-- node died) is taken again. The row holds the message as written; the phone or address only until
-- it is sent.
CREATE TABLE notification (
    id              uuid PRIMARY KEY,
    rule_code       text        NOT NULL,
    cause_type      text        NOT NULL,
    cause_id        text        NOT NULL,
    occasion        text        NOT NULL,
    cause_number    text,
    place_code      text        NOT NULL,
    recipient_kind  text        NOT NULL CHECK (recipient_kind IN ('ACCOUNT', 'GUARDIAN')),
    recipient       text        NOT NULL,
    channel         text        NOT NULL CHECK (channel IN ('INBOX', 'EMAIL', 'SMS')),
    language        text        NOT NULL,
    address         text,
    subject         text        NOT NULL,
    body            text        NOT NULL,
    link            text,
    status          text        NOT NULL CHECK (status IN (
                        'PENDING', 'HELD', 'SENDING', 'SENT', 'FAILED', 'SKIPPED')),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz,
    lease_until     timestamptz,
    sent_at         timestamptz,
    reference       text,
    last_error      text,
    created_at      timestamptz NOT NULL,
    read_at         timestamptz,
    CONSTRAINT one_reminder_per_cause_recipient_channel
        UNIQUE (rule_code, cause_type, cause_id, occasion, recipient_kind, recipient, channel)
);
-- the worker's queue
CREATE INDEX notification_due ON notification (next_attempt_at)
    WHERE status IN ('PENDING', 'HELD', 'SENDING');
-- an account's inbox
CREATE INDEX inbox_by_recipient ON notification (recipient, created_at DESC)
    WHERE channel = 'INBOX';
-- the coordinators' list
CREATE INDEX notification_by_place ON notification (place_code, created_at DESC);

INSERT INTO rule (code, trigger_kind, days, recipients, family_channels, staff_channels) VALUES
    ('referral-not-accepted', 'REFERRAL_NOT_ACCEPTED', 3, '{RECEIVING_COORDINATORS}', '{}', '{INBOX,EMAIL}'),
    ('referral-overdue', 'REFERRAL_OVERDUE', 0, '{FAMILY,REFERRING_DOCTOR}', '{SMS}', '{INBOX,EMAIL}'),
    ('milestone-due', 'MILESTONE_DUE', 3, '{CASE_COORDINATORS}', '{}', '{INBOX,EMAIL}'),
    ('milestone-overdue', 'MILESTONE_OVERDUE', 0, '{CASE_COORDINATORS}', '{}', '{INBOX,EMAIL}'),
    ('clinic-published', 'CLINIC_PUBLISHED', 0, '{CLINIC_STAFF,FAMILY}', '{SMS}', '{INBOX,EMAIL}'),
    ('clinic-moved', 'CLINIC_MOVED', 0, '{CLINIC_STAFF,FAMILY}', '{SMS}', '{INBOX,EMAIL}'),
    ('clinic-tomorrow', 'CLINIC_AHEAD', 1, '{CLINIC_STAFF,FAMILY}', '{SMS}', '{INBOX}');

INSERT INTO template (rule_code, audience, language, subject, body) VALUES
    ('referral-not-accepted', 'STAFF', 'zh-CN', '转诊 {number} 未接收',
     '转诊 {number}（{department}）已发出 {days} 天，尚未接收。请尽快处理。'),
    ('referral-not-accepted', 'STAFF', 'ug-CN', 'يوللانما {number} قوبۇل قىلىنمىدى',
     'يوللانما {number} ({department}) ئەۋەتىلگىنىگە {days} كۈن بولدى، تېخى قوبۇل قىلىنمىدى. تېزدىن بىر تەرەپ قىلىڭ.'),
    ('referral-not-accepted', 'STAFF', 'en', 'Referral {number} not accepted',
     'Referral {number} ({department}) was sent {days} days ago and has not been accepted yet.'),
    ('referral-overdue', 'FAMILY', 'zh-CN', '复诊提醒',
     '请于 {dueOn} 前带 {child} 到 {hospital} {department} 就诊，转诊号 {number}。'),
    ('referral-overdue', 'FAMILY', 'ug-CN', 'دوختۇرغا كۆرۈنۈش ئەسكەرتىشى',
     '{child} نى {dueOn} دىن بۇرۇن {hospital} {department} گە ئېلىپ بېرىڭ. يوللانما نومۇرى {number}.'),
    ('referral-overdue', 'FAMILY', 'en', 'Appointment reminder',
     'Please bring {child} to {hospital} {department} by {dueOn}, referral {number}.'),
    ('referral-overdue', 'STAFF', 'zh-CN', '转诊 {number} 已逾期',
     '您发出的转诊 {number}（{department}）应于 {dueOn} 前完成，现已逾期。已提醒家属。'),
    ('referral-overdue', 'STAFF', 'ug-CN', 'يوللانما {number} ۋاقتى ئۆتتى',
     'سىز ئەۋەتكەن يوللانما {number} ({department}) {dueOn} دىن بۇرۇن تاماملىنىشى كېرەك ئىدى، ۋاقتى ئۆتتى. ئائىلىسىگە ئەسكەرتىلدى.'),
    ('referral-overdue', 'STAFF', 'en', 'Referral {number} is overdue',
     'Your referral {number} ({department}) was due by {dueOn} and is overdue. The family has been reminded.'),
    ('milestone-due', 'STAFF', 'zh-CN', '康复个案 {number}：{milestone} 即将到期',
     '个案 {number} 的里程碑「{milestone}」将于 {dueOn} 到期。'),
    ('milestone-due', 'STAFF', 'ug-CN', 'دېلو {number}: {milestone} ۋاقتى توشاي دەپ قالدى',
     'دېلو {number} نىڭ «{milestone}» باسقۇچى {dueOn} دا توشىدۇ.'),
    ('milestone-due', 'STAFF', 'en', 'Case {number}: {milestone} due soon',
     'The milestone "{milestone}" of case {number} is due on {dueOn}.'),
    ('milestone-overdue', 'STAFF', 'zh-CN', '康复个案 {number}：{milestone} 已逾期',
     '个案 {number} 的里程碑「{milestone}」应于 {dueOn} 完成，现已逾期。'),
    ('milestone-overdue', 'STAFF', 'ug-CN', 'دېلو {number}: {milestone} ۋاقتى ئۆتتى',
     'دېلو {number} نىڭ «{milestone}» باسقۇچى {dueOn} دا تاماملىنىشى كېرەك ئىدى، ۋاقتى ئۆتتى.'),
    ('milestone-overdue', 'STAFF', 'en', 'Case {number}: {milestone} overdue',
     'The milestone "{milestone}" of case {number} was due on {dueOn} and is overdue.'),
    ('clinic-published', 'STAFF', 'zh-CN', '义诊 {clinic} 已发布',
     '义诊「{clinic}」定于 {date} {time} 在 {venue} 举行，您在出诊名单中。'),
    ('clinic-published', 'STAFF', 'ug-CN', 'ھەقسىز داۋالاش {clinic} ئېلان قىلىندى',
     '«{clinic}» {date} {time} دا {venue} دا ئۆتكۈزۈلىدۇ، سىز خىزمەتچىلەر تىزىملىكىدە.'),
    ('clinic-published', 'STAFF', 'en', 'Clinic {clinic} published',
     'The clinic "{clinic}" is held on {date} at {time} at {venue}; you are on its staff.'),
    ('clinic-published', 'FAMILY', 'zh-CN', '义诊通知',
     '{child} 已预约 {date} {time} 在 {venue} 的义诊，请按时参加。'),
    ('clinic-published', 'FAMILY', 'ug-CN', 'ھەقسىز داۋالاش ئۇقتۇرۇشى',
     '{child} {date} {time} دا {venue} دىكى ھەقسىز داۋالاشقا تىزىملاندى، ۋاقتىدا كېلىڭ.'),
    ('clinic-published', 'FAMILY', 'en', 'Clinic notice',
     '{child} is booked for the free clinic on {date} at {time} at {venue}.'),
    ('clinic-moved', 'STAFF', 'zh-CN', '义诊 {clinic} 时间变更',
     '义诊「{clinic}」改为 {date} {time} 在 {venue} 举行。'),
    ('clinic-moved', 'STAFF', 'ug-CN', 'ھەقسىز داۋالاش {clinic} ۋاقتى ئۆزگەردى',
     '«{clinic}» {date} {time} دا {venue} دا ئۆتكۈزۈلىدىغان بولدى.'),
    ('clinic-moved', 'STAFF', 'en', 'Clinic {clinic} moved',
     'The clinic "{clinic}" is now held on {date} at {time} at {venue}.'),
    ('clinic-moved', 'FAMILY', 'zh-CN', '义诊时间变更',
     '{child} 预约的义诊改为 {date} {time} 在 {venue}。'),
    ('clinic-moved', 'FAMILY', 'ug-CN', 'ھەقسىز داۋالاش ۋاقتى ئۆزگەردى',
     '{child} تىزىملانغان ھەقسىز داۋالاش {date} {time} دا {venue} دا بولىدىغان بولدى.'),
    ('clinic-moved', 'FAMILY', 'en', 'Clinic moved',
     'The free clinic {child} is booked for is now on {date} at {time} at {venue}.'),
    ('clinic-tomorrow', 'STAFF', 'zh-CN', '明天义诊：{clinic}',
     '义诊「{clinic}」明天 {time} 在 {venue} 举行。'),
    ('clinic-tomorrow', 'STAFF', 'ug-CN', 'ئەتە ھەقسىز داۋالاش: {clinic}',
     '«{clinic}» ئەتە {time} دا {venue} دا ئۆتكۈزۈلىدۇ.'),
    ('clinic-tomorrow', 'STAFF', 'en', 'Clinic tomorrow: {clinic}',
     'The clinic "{clinic}" is held tomorrow at {time} at {venue}.'),
    ('clinic-tomorrow', 'FAMILY', 'zh-CN', '义诊提醒',
     '明天 {time} 请带 {child} 到 {venue} 参加义诊。'),
    ('clinic-tomorrow', 'FAMILY', 'ug-CN', 'ھەقسىز داۋالاش ئەسكەرتىشى',
     'ئەتە {time} دا {child} نى {venue} دىكى ھەقسىز داۋالاشقا ئېلىپ كېلىڭ.'),
    ('clinic-tomorrow', 'FAMILY', 'en', 'Clinic reminder',
     'Please bring {child} to the free clinic at {venue} tomorrow at {time}.');

INSERT INTO department_name (specialty, language, name) VALUES
    ('OPHTHALMOLOGY', 'zh-CN', '眼科'), ('OPHTHALMOLOGY', 'ug-CN', 'كۆز بۆلۈمى'), ('OPHTHALMOLOGY', 'en', 'Ophthalmology'),
    ('AUDIOLOGY', 'zh-CN', '听力科'), ('AUDIOLOGY', 'ug-CN', 'ئاڭلاش بۆلۈمى'), ('AUDIOLOGY', 'en', 'Audiology'),
    ('OTOLARYNGOLOGY', 'zh-CN', '耳鼻喉科'), ('OTOLARYNGOLOGY', 'ug-CN', 'قۇلاق-بۇرۇن-گال بۆلۈمى'), ('OTOLARYNGOLOGY', 'en', 'ENT'),
    ('SPEECH_THERAPY', 'zh-CN', '言语治疗'), ('SPEECH_THERAPY', 'ug-CN', 'تىل-سۆز داۋالاش'), ('SPEECH_THERAPY', 'en', 'Speech therapy'),
    ('PEDIATRICS', 'zh-CN', '儿科'), ('PEDIATRICS', 'ug-CN', 'بالىلار بۆلۈمى'), ('PEDIATRICS', 'en', 'Paediatrics'),
    ('REHABILITATION_MEDICINE', 'zh-CN', '康复医学科'), ('REHABILITATION_MEDICINE', 'ug-CN', 'ئەسلىگە كەلتۈرۈش بۆلۈمى'), ('REHABILITATION_MEDICINE', 'en', 'Rehabilitation medicine'),
    ('STOMATOLOGY', 'zh-CN', '口腔科'), ('STOMATOLOGY', 'ug-CN', 'ئېغىز بوشلۇقى بۆلۈمى'), ('STOMATOLOGY', 'en', 'Stomatology'),
    ('UROLOGY', 'zh-CN', '泌尿外科'), ('UROLOGY', 'ug-CN', 'سۈيدۈك يولى تاشقى كېسەللىكلەر بۆلۈمى'), ('UROLOGY', 'en', 'Urology');
