import { test, assert, eq } from './runner.js';
import { MESSAGES, languageFor, t, setLanguage, initLanguage } from '../field/i18n.js';

const memory = () => {
  const m = new Map();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => m.set(k, v) };
};

test('i18n: Chinese and English have the same keys, none empty', () => {
  const zh = Object.keys(MESSAGES.zh).sort();
  const en = Object.keys(MESSAGES.en).sort();
  eq(zh.filter((k) => !en.includes(k)), [], 'only in zh');
  eq(en.filter((k) => !zh.includes(k)), [], 'only in en');
  for (const lang of ['zh', 'en']) for (const k of zh) assert(MESSAGES[lang][k].trim(), `${lang} ${k} is empty`);
});

test('i18n: the language follows the browser and can be switched', () => {
  eq(languageFor('zh-CN'), 'zh');
  eq(languageFor('zh-Hans-CN'), 'zh');
  eq(languageFor('en-US'), 'en');
  eq(languageFor('ug-CN'), 'en');
  const storage = memory();
  eq(initLanguage(storage, { language: 'zh-CN' }), 'zh');
  eq(t('sync.done', { sent: 3, attention: 1 }), '同步完成：发送 3 条，需处理 1 条。');
  setLanguage('en', storage);
  eq(initLanguage(storage, { language: 'zh-CN' }), 'en', 'a chosen language is kept');
  eq(t('sync.done', { sent: 3, attention: 1 }), 'Sync done: 3 sent, 1 need attention.');
  assert(t('status.online').includes('online') && t('status.offline').includes('offline'));
  setLanguage('zh', storage);
  assert(t('status.online').includes('online') && t('status.offline').includes('offline'));
});

test('i18n: every key the shell and the app use exists', async () => {
  const html = await (await fetch('../field/index.html')).text();
  const app = await (await fetch('../field/app.js')).text();
  const keys = new Set();
  for (const m of html.matchAll(/data-i18n(?:-placeholder|-aria)?="([^"]+)"/g)) keys.add(m[1]);
  for (const m of app.matchAll(/\bt\('([a-z][\w.-]*)'\s*[,)]/g)) keys.add(m[1]);
  assert(keys.size > 50, 'found the keys: ' + keys.size);
  const missing = [...keys].filter((k) => !(k in MESSAGES.zh) || !(k in MESSAGES.en));
  eq(missing, []);
  // keys built from a prefix: every method, notation, outcome, result, sex and problem has a text
  for (const k of ['method.OPTOTYPE', 'method.INSTRUMENT', 'method.CLINICIAN', 'method.OAE', 'method.AABR', 'method.PURE_TONE',
    'notation.DECIMAL', 'notation.FIVE_POINT', 'notation.LOGMAR', 'notation.SNELLEN_METRIC', 'notation.SNELLEN_IMPERIAL',
    'outcome.PASS', 'outcome.REFER', 'result.PASS', 'result.REFER', 'child.sexMALE', 'child.sexFEMALE',
    'sync.kind.patient', 'sync.kind.consent', 'sync.kind.attendance', 'sync.kind.screening',
    'screening.VISION', 'screening.HEARING', 'screening.SPEECH',
    'problem.possible-duplicate', 'problem.no-consent', 'problem.not-found', 'problem.patient-merged',
    'problem.invalid-input', 'problem.already-attending']) {
    assert(k in MESSAGES.zh && k in MESSAGES.en, 'missing ' + k);
  }
});

test('i18n: no visible text is written into the shell outside i18n.js', async () => {
  const html = await (await fetch('../field/index.html')).text();
  const body = html.slice(html.indexOf('<body>'));
  const text = body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
  eq(text.replace(/—/g, '').trim(), '', 'text in index.html');
});
