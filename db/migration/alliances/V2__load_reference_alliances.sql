-- The 21 specialist alliances of the program (shared/data/alliances.csv). Pediatrics (the first,
-- July 2020), stomatology and urology are named in the program's reports; the others are
-- illustrative, and only Pediatrics has a known founding date. Ids are derived from the codes so
-- that every installation gives the reference alliances the same ids.
INSERT INTO alliance (id, code, name_zh, name_en, specialty, founded_on) VALUES
    (md5('alliancecare:alliance:' || 'PED')::uuid::text, 'PED', '儿科专科联盟', 'Pediatrics Alliance', 'PEDIATRICS', '2020-07-01'),
    (md5('alliancecare:alliance:' || 'OPH')::uuid::text, 'OPH', '眼科专科联盟', 'Ophthalmology Alliance', 'OPHTHALMOLOGY', NULL),
    (md5('alliancecare:alliance:' || 'ENT')::uuid::text, 'ENT', '耳鼻咽喉科专科联盟', 'Otolaryngology Alliance', 'OTOLARYNGOLOGY', NULL),
    (md5('alliancecare:alliance:' || 'REH')::uuid::text, 'REH', '康复医学科专科联盟', 'Rehabilitation Medicine Alliance', 'REHABILITATION_MEDICINE', NULL),
    (md5('alliancecare:alliance:' || 'STO')::uuid::text, 'STO', '口腔科专科联盟', 'Stomatology Alliance', 'STOMATOLOGY', NULL),
    (md5('alliancecare:alliance:' || 'URO')::uuid::text, 'URO', '泌尿外科专科联盟', 'Urology Alliance', 'UROLOGY', NULL),
    (md5('alliancecare:alliance:' || 'CAR')::uuid::text, 'CAR', '心血管内科专科联盟', 'Cardiology Alliance', 'CARDIOLOGY', NULL),
    (md5('alliancecare:alliance:' || 'RES')::uuid::text, 'RES', '呼吸内科专科联盟', 'Respiratory Medicine Alliance', 'RESPIRATORY_MEDICINE', NULL),
    (md5('alliancecare:alliance:' || 'GAS')::uuid::text, 'GAS', '消化内科专科联盟', 'Gastroenterology Alliance', 'GASTROENTEROLOGY', NULL),
    (md5('alliancecare:alliance:' || 'NEU')::uuid::text, 'NEU', '神经内科专科联盟', 'Neurology Alliance', 'NEUROLOGY', NULL),
    (md5('alliancecare:alliance:' || 'END')::uuid::text, 'END', '内分泌科专科联盟', 'Endocrinology Alliance', 'ENDOCRINOLOGY', NULL),
    (md5('alliancecare:alliance:' || 'NEP')::uuid::text, 'NEP', '肾内科专科联盟', 'Nephrology Alliance', 'NEPHROLOGY', NULL),
    (md5('alliancecare:alliance:' || 'GSU')::uuid::text, 'GSU', '普通外科专科联盟', 'General Surgery Alliance', 'GENERAL_SURGERY', NULL),
    (md5('alliancecare:alliance:' || 'ORT')::uuid::text, 'ORT', '骨科专科联盟', 'Orthopaedics Alliance', 'ORTHOPAEDICS', NULL),
    (md5('alliancecare:alliance:' || 'NSU')::uuid::text, 'NSU', '神经外科专科联盟', 'Neurosurgery Alliance', 'NEUROSURGERY', NULL),
    (md5('alliancecare:alliance:' || 'OBG')::uuid::text, 'OBG', '妇产科专科联盟', 'Obstetrics and Gynaecology Alliance', 'OBSTETRICS_GYNAECOLOGY', NULL),
    (md5('alliancecare:alliance:' || 'ANE')::uuid::text, 'ANE', '麻醉科专科联盟', 'Anaesthesiology Alliance', 'ANAESTHESIOLOGY', NULL),
    (md5('alliancecare:alliance:' || 'ICU')::uuid::text, 'ICU', '重症医学科专科联盟', 'Critical Care Alliance', 'CRITICAL_CARE', NULL),
    (md5('alliancecare:alliance:' || 'EMG')::uuid::text, 'EMG', '急诊医学科专科联盟', 'Emergency Medicine Alliance', 'EMERGENCY_MEDICINE', NULL),
    (md5('alliancecare:alliance:' || 'RAD')::uuid::text, 'RAD', '医学影像科专科联盟', 'Medical Imaging Alliance', 'MEDICAL_IMAGING', NULL),
    (md5('alliancecare:alliance:' || 'DER')::uuid::text, 'DER', '皮肤科专科联盟', 'Dermatology Alliance', 'DERMATOLOGY', NULL);
