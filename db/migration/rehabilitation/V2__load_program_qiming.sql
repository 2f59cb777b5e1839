-- The Qiming Action (启明行动), started August 2021: free rehabilitation for children younger than
-- 18 in Aksu prefecture (652900, with its counties and everything below them) and the XPCC 1st
-- Division (Aral, 659002) with vision, hearing or speech disabilities. Its phases are planned by
-- coordinators; its milestone templates are those of DOMAIN.md, as data that may be edited.

INSERT INTO program (code, name_zh, name_en, max_age_exclusive, place_codes, conditions,
                     created_at, created_by, version)
VALUES ('QIMING', '启明行动', 'Qiming Action (child vision, hearing and speech rehabilitation)', 18,
        ARRAY['652900', '659002'], ARRAY['VISION', 'HEARING', 'SPEECH'],
        '2021-08-01T00:00:00Z', 'system', 1);

INSERT INTO milestone_template (program_code, position, condition, kind, title,
                                due_after_days, due_after_months, after_kind)
VALUES ('QIMING', 1, 'VISION', 'OPHTHALMIC_DIAGNOSIS', 'Ophthalmic diagnosis', 30, NULL, NULL),
       ('QIMING', 2, 'VISION', 'CORRECTION_OR_SURGERY', 'Correction or surgery', 60, NULL, NULL),
       ('QIMING', 3, 'VISION', 'LOW_VISION_TRAINING', 'Low-vision training', 90, NULL, NULL),
       ('QIMING', 4, 'VISION', 'FOLLOW_UP_3_MONTHS', 'Follow-up 3 months after correction', NULL, 3, 'CORRECTION_OR_SURGERY'),
       ('QIMING', 5, 'VISION', 'FOLLOW_UP_6_MONTHS', 'Follow-up 6 months after correction', NULL, 6, 'CORRECTION_OR_SURGERY'),
       ('QIMING', 6, 'VISION', 'FOLLOW_UP_12_MONTHS', 'Follow-up 12 months after correction', NULL, 12, 'CORRECTION_OR_SURGERY'),
       ('QIMING', 7, 'HEARING', 'AUDIOLOGICAL_DIAGNOSIS', 'Audiological diagnosis', 30, NULL, NULL),
       ('QIMING', 8, 'HEARING', 'DEVICE_DECISION', 'Device decision', 45, NULL, NULL),
       ('QIMING', 9, 'HEARING', 'DEVICE_FITTED', 'Hearing aid or cochlear implant fitted', 90, NULL, NULL),
       ('QIMING', 10, 'HEARING', 'TRAINING_STARTED', 'Auditory-verbal training started', 120, NULL, NULL),
       ('QIMING', 11, 'HEARING', 'FOLLOW_UP_3_MONTHS', 'Follow-up 3 months after fitting', NULL, 3, 'DEVICE_FITTED'),
       ('QIMING', 12, 'HEARING', 'FOLLOW_UP_6_MONTHS', 'Follow-up 6 months after fitting', NULL, 6, 'DEVICE_FITTED'),
       ('QIMING', 13, 'HEARING', 'FOLLOW_UP_12_MONTHS', 'Follow-up 12 months after fitting', NULL, 12, 'DEVICE_FITTED'),
       ('QIMING', 14, 'SPEECH', 'SPEECH_ASSESSMENT', 'Speech and language assessment', 30, NULL, NULL),
       ('QIMING', 15, 'SPEECH', 'THERAPY_STARTED', 'Speech therapy started', 60, NULL, NULL),
       ('QIMING', 16, 'SPEECH', 'FOLLOW_UP_3_MONTHS', 'Follow-up 3 months after therapy started', NULL, 3, 'THERAPY_STARTED'),
       ('QIMING', 17, 'SPEECH', 'FOLLOW_UP_6_MONTHS', 'Follow-up 6 months after therapy started', NULL, 6, 'THERAPY_STARTED');
