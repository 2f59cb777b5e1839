import { test, eq, assert } from './runner.js';
import { buildMeasurements, classificationRequest, classifyOffline, differs, shanghaiDate, NOTATIONS } from '../field/measurements.js';

const eyes = (notation, ru, lu, rc = '', lc = '') => ({ notation, rightUncorrected: ru, leftUncorrected: lu, rightCorrected: rc, leftCorrected: lc });

test('measurements: optotype in every notation, numbers as numbers and Snellen as text', () => {
  eq(buildMeasurements('VISION', 'OPTOTYPE', eyes('DECIMAL', '0.8', '1.0')).measurements,
    { rightEye: { uncorrected: { value: 0.8, notation: 'DECIMAL' } }, leftEye: { uncorrected: { value: 1, notation: 'DECIMAL' } } });
  eq(buildMeasurements('VISION', 'OPTOTYPE', eyes('FIVE_POINT', '4.9', '5,0')).measurements.leftEye.uncorrected, { value: 5, notation: 'FIVE_POINT' });
  eq(buildMeasurements('VISION', 'OPTOTYPE', eyes('LOGMAR', '0.1', '-0.1')).measurements.leftEye.uncorrected.value, -0.1);
  eq(buildMeasurements('VISION', 'OPTOTYPE', eyes('SNELLEN_METRIC', '6/12', '6/6')).measurements.rightEye.uncorrected, { value: '6/12', notation: 'SNELLEN_METRIC' });
  eq(buildMeasurements('VISION', 'OPTOTYPE', eyes('SNELLEN_IMPERIAL', '20/40', '20/20')).measurements.rightEye.uncorrected, { value: '20/40', notation: 'SNELLEN_IMPERIAL' });
  eq(NOTATIONS.length, 5);
});

test('measurements: corrected acuity only when given', () => {
  const m = buildMeasurements('VISION', 'OPTOTYPE', eyes('DECIMAL', '0.3', '0.4', '0.8', '')).measurements;
  eq(m.rightEye.corrected, { value: 0.8, notation: 'DECIMAL' });
  eq('corrected' in m.leftEye, false);
});

test('measurements: optotype errors name the form fields', () => {
  eq(buildMeasurements('VISION', 'OPTOTYPE', eyes('DECIMAL', '', 'abc')).errors,
    [{ field: 'right-uncorrected', message: 'required' }, { field: 'left-uncorrected', message: 'number' }]);
  eq(buildMeasurements('VISION', 'OPTOTYPE', eyes('SNELLEN_METRIC', '20/40', '6/6')).errors, [{ field: 'right-uncorrected', message: 'snellen-metric' }]);
  eq(buildMeasurements('VISION', 'OPTOTYPE', eyes('SNELLEN_IMPERIAL', '20/40', '6/6')).errors, [{ field: 'left-uncorrected', message: 'snellen-imperial' }]);
});

test('measurements: instrument and clinician outcomes for vision and speech', () => {
  eq(buildMeasurements('VISION', 'INSTRUMENT', { outcome: 'REFER' }).measurements, { outcome: 'REFER' });
  eq(buildMeasurements('VISION', 'CLINICIAN', { outcome: 'PASS' }).measurements, { outcome: 'PASS' });
  eq(buildMeasurements('SPEECH', 'CLINICIAN', { outcome: 'PASS' }).measurements, { outcome: 'PASS' });
  eq(buildMeasurements('SPEECH', 'CLINICIAN', { outcome: '' }).errors, [{ field: 'outcome', message: 'outcome' }]);
  eq(buildMeasurements('SPEECH', 'OAE', {}).errors, [{ field: 'method', message: 'method' }]);
});

test('measurements: OAE and AABR per ear', () => {
  eq(buildMeasurements('HEARING', 'OAE', { rightEar: 'PASS', leftEar: 'REFER' }).measurements, { rightEar: 'PASS', leftEar: 'REFER' });
  eq(buildMeasurements('HEARING', 'AABR', { rightEar: 'PASS', leftEar: 'PASS' }).measurements, { rightEar: 'PASS', leftEar: 'PASS' });
  eq(buildMeasurements('HEARING', 'AABR', { rightEar: '', leftEar: 'PASS' }).errors, [{ field: 'right-ear', message: 'outcome' }]);
});

test('measurements: pure tone, four frequencies per ear in whole dB', () => {
  const pureTone = { right: { 500: '20', 1000: '25', 2000: '30', 4000: '35' }, left: { 500: '10', 1000: '15', 2000: '-5', 4000: '0' } };
  eq(buildMeasurements('HEARING', 'PURE_TONE', { pureTone }).measurements,
    { rightEar: { 500: 20, 1000: 25, 2000: 30, 4000: 35 }, leftEar: { 500: 10, 1000: 15, 2000: -5, 4000: 0 } });
  eq(JSON.stringify(buildMeasurements('HEARING', 'PURE_TONE', { pureTone }).measurements.rightEar), '{"500":20,"1000":25,"2000":30,"4000":35}');
  const bad = { right: { ...pureTone.right, 2000: '30.5' }, left: { ...pureTone.left, 4000: '' } };
  eq(buildMeasurements('HEARING', 'PURE_TONE', { pureTone: bad }).errors,
    [{ field: 'pt-right-2000', message: 'whole-db' }, { field: 'pt-left-4000', message: 'required' }]);
});

test('measurements: the classification request uses the capture day in Asia/Shanghai', () => {
  eq(shanghaiDate('2026-05-04T17:30:00Z'), '2026-05-05');
  eq(shanghaiDate('2026-05-04T15:59:00Z'), '2026-05-04');
  const r = classificationRequest({ id: 'rs' }, 'SPEECH', 'CLINICIAN', '2015-03-15', '2026-05-04T17:30:00Z', { outcome: 'PASS' });
  eq(r, { ruleSet: { id: 'rs' }, kind: 'SPEECH', method: 'CLINICIAN', birthDate: '2015-03-15', screenedOn: '2026-05-05', measurements: { outcome: 'PASS' } });
});

test('measurements: offline classification through classify(string): string, and differences', () => {
  let seen = null;
  const classify = (json) => {
    seen = JSON.parse(json);
    return JSON.stringify({ result: 'REFER', ruleSet: 'x', classification: { reasons: ['a'], pta4Right: 30 } });
  };
  const offline = classifyOffline(classify, { kind: 'HEARING' });
  eq(seen, { kind: 'HEARING' });
  eq(offline.result, 'REFER');
  eq(classifyOffline(undefined, {}), null);
  assert(classifyOffline(() => { throw new Error('boom'); }, {}).errors, 'a failure is an error, not a result');
  eq(differs(offline, { result: 'REFER', classification: { pta4Right: 30.0, reasons: ['a'], whoHearingGrade: null } }), false);
  eq(differs(offline, { result: 'PASS', classification: { pta4Right: 30, reasons: ['a'] } }), true);
  eq(differs(offline, { result: 'REFER', classification: { pta4Right: 31, reasons: ['a'] } }), true);
  eq(differs(null, { result: 'PASS' }), false);
});
