import { test, eq } from './runner.js';
import { search, queryKind, uly, normalizeUyghur, foldLatin } from '../field/search.js';

const children = [
  { id: '1', name: '古丽米热·买买提', nameLatin: 'Gulimire Maimaiti', initials: 'GLMRMMT', birthDate: '2015-03-15', guardians: [{ name: '买买提', phone: '13912345678' }] },
  { id: '2', name: '张小明', nameLatin: 'zhang xiao ming', initials: 'ZXM', birthDate: '2016-11-02', guardians: [{ name: '张伟', phone: '13800001111' }] },
  { id: '3', name: '张晓', nameLatin: 'zhang xiao', initials: 'ZX', birthDate: '2015-03-01', guardians: [] },
  { localId: 'L1', name: '阿依古丽', birthDate: '2017-07-07', guardians: [{ name: '母亲', phone: '0997-1234567' }] },
];
const ids = (list) => list.map((c) => c.id || c.localId);

test('search: Chinese characters, with or without the middle dot', () => {
  eq(ids(search(children, '张')), ['2', '3']);
  eq(ids(search(children, '古丽米热买买提')), ['1']);
  eq(ids(search(children, '古丽')), ['1', 'L1']);
});

test('search: pinyin initials and full pinyin', () => {
  eq(ids(search(children, 'zxm')), ['2']);
  eq(ids(search(children, 'ZX')), ['3', '2']);
  eq(ids(search(children, 'zhang xiao ming')), ['2']);
  eq(ids(search(children, 'zhangxiao')), ['3', '2']);
  eq(ids(search(children, 'gulimire')), ['1']);
});

test('search: birth date, whole or partial', () => {
  eq(queryKind('2015-03'), 'date');
  eq(ids(search(children, '2015-03-15')), ['1']);
  eq(ids(search(children, '2015-03')).sort(), ['1', '3']);
  eq(ids(search(children, '2015-3')).sort(), ['1', '3']);
  eq(ids(search(children, '2016')), ['2']);
  eq(ids(search(children, '2017-7-7')), ['L1']);
  eq(ids(search(children, '2016-1')), ['2'], 'a one-digit month also starts October to December');
  eq(ids(search(children, '2015-03-1')).sort(), ['1', '3'], 'a one-digit day also starts 10–19');
  eq(ids(search(children, '2015-03-15')), ['1']);
});

test('search: guardian phone, whole or part', () => {
  eq(ids(search(children, '13912345678')), ['1']);
  eq(ids(search(children, '1391234')), ['1']);
  eq(ids(search(children, '12345')).sort(), ['1', 'L1']);
  eq(ids(search(children, '1234567')).sort(), ['1', 'L1']);
  eq(ids(search(children, '0997-1234567')), ['L1']);
});

test('search: an empty query lists everyone, a miss nothing', () => {
  eq(search(children, '').length, 4);
  eq(search(children, '王').length, 0);
  eq(search(children, 'qq').length, 0);
});

// Real Uyghur names in their three forms: Arabic script, ULY, and the Chinese transliteration.
const uyghur = [
  { id: 'U1', name: '古丽米热·买买提', nameLatin: 'gulimire maimaiti', nameUg: 'گۈلمىرە مەمەت', nameUgLatin: 'gülmire memet', birthDate: '2016-05-01', guardians: [] },
  { id: 'U2', nameUg: 'ئابدۇكېرىم تۇرسۇن', nameUgLatin: 'abdukérim tursun', birthDate: '2015-09-09', guardians: [] },
  // registered on this device: no nameUgLatin yet, search computes it
  { localId: 'L2', nameUg: 'ئايگۈل ياسىن', birthDate: '2018-01-20', guardians: [] },
  { id: 'U4', name: '帕尔哈提·阿布力孜', nameUg: 'پەرھات ئابلىز', nameUgLatin: 'perhat abliz', birthDate: '2014-12-12', guardians: [] },
  { id: 'C1', name: '张小明', nameLatin: 'zhang xiao ming', initials: 'ZXM', birthDate: '2016-11-02', guardians: [] },
];

test('ULY: the names in Uyghur Latin, as the server writes nameUgLatin', () => {
  eq(uly('گۈلمىرە مەمەت'), 'gülmire memet');
  eq(uly('ئابدۇكېرىم تۇرسۇن'), 'abdukérim tursun');
  eq(uly('ئايگۈل ياسىن'), 'aygül yasin');
  eq(uly('پەرھات ئابلىز'), 'perhat abliz');
  eq(uly('سائەت'), "sa'et", "ئ between vowels inside a word is '");
  eq(uly('ئۆكتەبىر'), 'öktebir', 'ئ at a word start is dropped');
  eq(uly('تۇرسۇنگۈل'), "tursun'gül", "n+g is n'g, as the server writes it (not ڭ ng)");
  eq(uly('چاڭ شىرىن خەدىچە ژۇرنال غوجا'), 'chang shirin xediche zhurnal ghoja');
  eq(uly('ﮔﯜﻟﻤﯩﺮﻩ'), 'gülmire', 'presentation forms and a final Arabic heh');
  eq(uly('ئايگۈل یاسین'), 'aygül yasin', 'the Persian ye of a keyboard');
});

test('Uyghur normalisation: presentation forms, keyboard variants, tatweel and ZWNJ', () => {
  const plain = normalizeUyghur('گۈلمىرە مەمەت');
  eq(normalizeUyghur('ﮔﯜﻟﻤﯩﺮﻩ ﻣﻪﻣﻪﺕ'), plain, 'presentation forms (NFKC)');
  eq(normalizeUyghur('گۈلـمىـرە\u200C مەمەت'), plain, 'tatweel and ZWNJ');
  eq(normalizeUyghur('ئابدۇکېرىم'), normalizeUyghur('ئابدۇكېرىم'), 'ک → ك');
  eq(normalizeUyghur('ياسین'), normalizeUyghur('ياسىن'), 'ی → ى');
  eq(normalizeUyghur('ئايگۈل'), normalizeUyghur('ئاىگۈل'), 'ي → ى');
  eq(foldLatin('Gülmire Memet'), 'gulmirememet');
  eq(foldLatin('Abdukérim'), 'abdukerim');
});

test('search: a Uyghur name in Arabic script, whole, start or surname, as any keyboard types it', () => {
  eq(queryKind('گۈلمىرە'), 'uyghur');
  eq(ids(search(uyghur, 'گۈلمىرە مەمەت')), ['U1']);
  eq(ids(search(uyghur, 'گۈلمىرە')), ['U1']);
  eq(ids(search(uyghur, 'مەمەت')), ['U1'], 'the surname');
  eq(ids(search(uyghur, 'ﮔﯜﻟﻤﯩﺮﻩ')), ['U1'], 'presentation forms');
  eq(ids(search(uyghur, 'ئابدۇکېریم')), ['U2'], 'ک and ی of a Persian keyboard');
  eq(ids(search(uyghur, 'ئاي')), ['L2'], 'a child registered here');
  eq(ids(search(uyghur, 'ئابلىز')), ['U4']);
  eq(ids(search(uyghur, 'ئاب')).sort(), ['U2', 'U4']);
  eq(search(uyghur, 'ئالىم').length, 0);
});

test('search: a Uyghur name in ULY, typed with or without ü ö é, on a Latin keyboard', () => {
  eq(queryKind('gülmire'), 'latin');
  eq(ids(search(uyghur, 'gulmire')), ['U1']);
  eq(ids(search(uyghur, 'gülmire')), ['U1']);
  eq(ids(search(uyghur, 'Gülmire Memet')), ['U1']);
  eq(ids(search(uyghur, 'abdukerim')), ['U2']);
  eq(ids(search(uyghur, 'abdukérim tursun')), ['U2']);
  eq(ids(search(uyghur, 'aygul')), ['L2'], 'computed from nameUg for a child registered here');
  eq(ids(search(uyghur, 'Aygül Yasin')), ['L2']);
  eq(ids(search(uyghur, 'perhat')), ['U4']);
  eq(ids(search(uyghur, 'tursun')), ['U2'], 'the surname');
});

test('search: the same Uyghur children by Chinese characters and pinyin, as before', () => {
  eq(ids(search(uyghur, '古丽米热·买买提')), ['U1']);
  eq(ids(search(uyghur, '古丽米热买买提')), ['U1']);
  eq(ids(search(uyghur, 'gulimire')), ['U1']);
  eq(ids(search(uyghur, '帕尔哈提')), ['U4']);
  eq(ids(search(uyghur, 'zxm')), ['C1']);
  eq(search(uyghur, '').length, 5, 'children without a Chinese name are listed too');
});
