import { test, eq } from './runner.js';
import { search, queryKind } from '../field/search.js';

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
