-- The program's places (shared/data/places.csv): Xinjiang, Aksu prefecture and its county-level
-- units (GB/T 2260), Aral city (XPCC 1st Division), and the townships and villages that the
-- program's reports name. Codes with -T/-V are local codes until the official one is known.
INSERT INTO place (code, parent_code, level, name_zh, name_en) VALUES
    ('650000', NULL, 'PROVINCE', '新疆维吾尔自治区', 'Xinjiang Uygur Autonomous Region'),
    ('652900', '650000', 'PREFECTURE', '阿克苏地区', 'Aksu Prefecture'),
    ('652901', '652900', 'COUNTY', '阿克苏市', 'Aksu City'),
    ('652902', '652900', 'COUNTY', '库车市', 'Kuqa City'),  -- county-level city since 2019 (formerly 652923 库车县)
    ('652922', '652900', 'COUNTY', '温宿县', 'Wensu County'),
    ('652924', '652900', 'COUNTY', '沙雅县', 'Shaya County'),
    ('652925', '652900', 'COUNTY', '新和县', 'Xinhe County'),
    ('652926', '652900', 'COUNTY', '拜城县', 'Baicheng County'),
    ('652927', '652900', 'COUNTY', '乌什县', 'Wushi County'),
    ('652928', '652900', 'COUNTY', '阿瓦提县', 'Awat County'),
    ('652929', '652900', 'COUNTY', '柯坪县', 'Kalpin County'),
    ('659002', '650000', 'COUNTY', '阿拉尔市', 'Aral City'),  -- seat of the XPCC 1st Division (兵团第一师)
    ('652925-T01', '652925', 'TOWNSHIP', '尤鲁都斯巴格镇', 'Yuludusibage Town'),  -- named in program reports (kindergarten visited by the education alliance)
    ('652922-T01', '652922', 'TOWNSHIP', '佳木镇', 'Jiamu Town'),
    ('652922-V01', '652922-T01', 'VILLAGE', '佳木岗村', 'Jiamugang Village'),  -- pilot village of the village-enterprise income program (township not verified)
    ('652922-V02', '652922', 'VILLAGE', '金华新村', 'Jinhua New Village'),  -- rural revitalisation demonstration village (township not verified)
    ('652901-V01', '652901', 'VILLAGE', '巴格其村', 'Bageqi Village'),  -- rural revitalisation demonstration village (township not verified)
    ('652902-V01', '652902', 'VILLAGE', '甬库振兴村', 'Yongku Revitalisation Village');  -- village built with Ningbo aid (township not verified)
