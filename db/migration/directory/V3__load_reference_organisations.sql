-- Hospitals and schools of the region and the donor-province hospitals that send aid doctors
-- (shared/data/organisations.csv). Their ids are derived from their keys, so that every
-- installation gives the reference organisations the same ids.
INSERT INTO organisation (id, org_key, kind, name_zh, name_en, place_code, province) VALUES
    (md5('alliancecare:organisation:' || 'AKS-H1')::uuid::text, 'AKS-H1', 'HOSPITAL', '阿克苏地区第一人民医院', 'Aksu Prefecture First People''s Hospital', '652901', 'Xinjiang'),
    (md5('alliancecare:organisation:' || 'AKS-H2')::uuid::text, 'AKS-H2', 'HOSPITAL', '阿克苏地区第二人民医院', 'Aksu Prefecture Second People''s Hospital', '652901', 'Xinjiang'),
    (md5('alliancecare:organisation:' || 'AKS-MCH')::uuid::text, 'AKS-MCH', 'HOSPITAL', '阿克苏地区妇幼保健院', 'Aksu Prefecture Maternal and Child Health Hospital', '652901', 'Xinjiang'),
    (md5('alliancecare:organisation:' || 'KQ-H')::uuid::text, 'KQ-H', 'HOSPITAL', '库车市人民医院', 'Kuqa City People''s Hospital', '652902', 'Xinjiang'),
    (md5('alliancecare:organisation:' || 'WS-H')::uuid::text, 'WS-H', 'HOSPITAL', '温宿县人民医院', 'Wensu County People''s Hospital', '652922', 'Xinjiang'),
    (md5('alliancecare:organisation:' || 'SY-H')::uuid::text, 'SY-H', 'HOSPITAL', '沙雅县人民医院', 'Shaya County People''s Hospital', '652924', 'Xinjiang'),
    (md5('alliancecare:organisation:' || 'XH-H')::uuid::text, 'XH-H', 'HOSPITAL', '新和县人民医院', 'Xinhe County People''s Hospital', '652925', 'Xinjiang'),
    (md5('alliancecare:organisation:' || 'BC-H')::uuid::text, 'BC-H', 'HOSPITAL', '拜城县人民医院', 'Baicheng County People''s Hospital', '652926', 'Xinjiang'),
    (md5('alliancecare:organisation:' || 'WU-H')::uuid::text, 'WU-H', 'HOSPITAL', '乌什县人民医院', 'Wushi County People''s Hospital', '652927', 'Xinjiang'),
    (md5('alliancecare:organisation:' || 'AW-H')::uuid::text, 'AW-H', 'HOSPITAL', '阿瓦提县人民医院', 'Awat County People''s Hospital', '652928', 'Xinjiang'),
    (md5('alliancecare:organisation:' || 'KP-H')::uuid::text, 'KP-H', 'HOSPITAL', '柯坪县人民医院', 'Kalpin County People''s Hospital', '652929', 'Xinjiang'),
    (md5('alliancecare:organisation:' || 'ARL-H')::uuid::text, 'ARL-H', 'HOSPITAL', '新疆生产建设兵团第一师医院', 'XPCC 1st Division Hospital', '659002', 'Xinjiang'),
    (md5('alliancecare:organisation:' || 'XH-YLDS-THC')::uuid::text, 'XH-YLDS-THC', 'TOWNSHIP_HEALTH_CENTRE', '尤鲁都斯巴格镇卫生院', 'Yuludusibage Town Health Centre', '652925-T01', 'Xinjiang'),
    (md5('alliancecare:organisation:' || 'AKS-SPED')::uuid::text, 'AKS-SPED', 'SPECIAL_EDUCATION_SCHOOL', '阿克苏地区特殊教育学校', 'Aksu Prefecture Special Education School', '652901', 'Xinjiang'),
    (md5('alliancecare:organisation:' || 'ZJU-CH')::uuid::text, 'ZJU-CH', 'AID_HOME_HOSPITAL', '浙江大学医学院附属儿童医院', 'Children''s Hospital Zhejiang University School of Medicine', NULL, 'Zhejiang'),
    (md5('alliancecare:organisation:' || 'ZJU-2H')::uuid::text, 'ZJU-2H', 'AID_HOME_HOSPITAL', '浙江大学医学院附属第二医院', 'Second Affiliated Hospital Zhejiang University School of Medicine', NULL, 'Zhejiang'),
    (md5('alliancecare:organisation:' || 'ZJU-1H')::uuid::text, 'ZJU-1H', 'AID_HOME_HOSPITAL', '浙江大学医学院附属第一医院', 'First Affiliated Hospital Zhejiang University School of Medicine', NULL, 'Zhejiang'),
    (md5('alliancecare:organisation:' || 'ZJ-PPH')::uuid::text, 'ZJ-PPH', 'AID_HOME_HOSPITAL', '浙江省人民医院', 'Zhejiang Provincial People''s Hospital', NULL, 'Zhejiang'),
    (md5('alliancecare:organisation:' || 'WMU-EYE')::uuid::text, 'WMU-EYE', 'AID_HOME_HOSPITAL', '温州医科大学附属眼视光医院', 'Eye Hospital of Wenzhou Medical University', NULL, 'Zhejiang');
