import { test, assert, eq } from './runner.js';
import {
  MESSAGES, LANGUAGES, languageFor, languageFromBrowser, t, setLanguage, initLanguage, tagOf, formatNumber,
  formatDateTime, formatTime, uyghurDateTime, uyghurTime, markDocument, language, languageAtSignIn, languageSettled,
} from '../field/i18n.js';

const memory = () => {
  const m = new Map();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => m.set(k, v) };
};

const placeholders = (text) => [...String(text).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('i18n: Chinese, Uyghur and English have the same keys, none empty, the same placeholders', () => {
  eq(Object.keys(MESSAGES).sort(), ['en', 'ug', 'zh']);
  const all = new Set(Object.values(MESSAGES).flatMap((m) => Object.keys(m)));
  for (const lang of ['zh', 'ug', 'en']) {
    eq([...all].filter((k) => !(k in MESSAGES[lang])), [], 'missing in ' + lang);
    for (const k of all) assert(String(MESSAGES[lang][k]).trim(), `${lang} ${k} is empty`);
  }
  const differ = [...all].filter((k) => JSON.stringify(placeholders(MESSAGES.ug[k])) !== JSON.stringify(placeholders(MESSAGES.en[k]))
    || JSON.stringify(placeholders(MESSAGES.zh[k])) !== JSON.stringify(placeholders(MESSAGES.en[k])));
  eq(differ, [], 'placeholders differ');
});

test('i18n: the Uyghur texts are in Arabic script, not copies of the English or Chinese', () => {
  const arabic = /[\u0626-\u06D5]/;
  const latinOnly = ['screening.pt', 'notation.LOGMAR', 'sync.kind.screening', 'error.snellen-metric', 'error.snellen-imperial'];
  const notUyghur = Object.entries(MESSAGES.ug).filter(([k, v]) => !arabic.test(v) && !latinOnly.includes(k)).map(([k]) => k);
  eq(notUyghur, [], 'Uyghur texts without Uyghur letters');
  const han = Object.entries(MESSAGES.ug).filter(([, v]) => /[\u4e00-\u9fff]/.test(v)).map(([k]) => k);
  eq(han, [], 'Chinese characters in Uyghur texts');
  // the letters of standard Uyghur script: no Arabic heh/yeh/kaf standing in for ە ى ك
  const foreign = Object.entries(MESSAGES.ug).filter(([, v]) => /[\u0647\u06CC\u06A9\u0640]/.test(v)).map(([k]) => k);
  eq(foreign, [], 'keyboard variants in Uyghur texts');
});

test('i18n: the three languages are named each in itself, Uyghur right to left', () => {
  eq(LANGUAGES.map((l) => [l.code, l.tag, l.name, l.dir]), [
    ['zh', 'zh-CN', '中文', 'ltr'], ['ug', 'ug-CN', 'ئۇيغۇرچە', 'rtl'], ['en', 'en', 'English', 'ltr']]);
  const doc = { documentElement: {} };
  const storage = memory();
  setLanguage('ug-CN', storage);
  markDocument(doc);
  eq([doc.documentElement.lang, doc.documentElement.dir], ['ug-CN', 'rtl']);
  eq(tagOf(), 'ug-CN');
  eq(t('sync.done', { sent: 3, attention: 1 }), 'ماس قەدەملەش تاماملاندى: 3 يوللاندى، 1 بىر تەرەپ قىلىش كېرەك.');
  setLanguage('zh', storage);
  markDocument(doc);
  eq([doc.documentElement.lang, doc.documentElement.dir], ['zh-CN', 'ltr']);
  eq(setLanguage('fr', storage), false, 'a language the app does not speak is refused');
  eq(language(), 'zh');
});

test('i18n: Uyghur numbers and dates: CLDR ug, Latin digits, even where Intl has no ug data', () => {
  const instant = Date.UTC(2026, 11, 5, 8, 30); // 16:30 in Shanghai
  eq(uyghurDateTime(instant), '5-دېكابىر، 2026، 4:30 چۈشتىن كېيىن');
  eq(uyghurTime(Date.UTC(2026, 11, 4, 16, 5)), '12:05 چۈشتىن بۇرۇن');
  eq(formatNumber(12345.6, 'ug'), '12,345.6');
  const written = formatDateTime(instant, 'ug');
  assert(/دېكابىر|12/.test(written) && /2026/.test(written) && !/[\u0660-\u0669\u06F0-\u06F9]/.test(written), written);
  assert(!/[\u0660-\u0669\u06F0-\u06F9]/.test(formatTime(instant, 'ug')), 'Latin digits');
  assert(formatDateTime(instant, 'zh').includes('2026'), formatDateTime(instant, 'zh'));
});

test('i18n: the language follows the browser and can be switched', () => {
  eq(languageFor('zh-CN'), 'zh');
  eq(languageFor('zh-Hans-CN'), 'zh');
  eq(languageFor('en-US'), 'en');
  eq(languageFor('ug-CN'), 'ug');
  eq(languageFor('ug'), 'ug');
  eq(languageFor('fr-FR'), 'en');
  eq(languageFromBrowser({ languages: ['ug-CN', 'zh-CN', 'en'] }), 'ug', 'ug first → Uyghur');
  eq(languageFromBrowser({ languages: ['fr-FR', 'ug', 'zh-CN'] }), 'ug', 'the first language the app speaks');
  eq(languageFromBrowser({ languages: ['de'], language: 'de' }), 'en');
  eq(languageFromBrowser({ language: 'zh-TW' }), 'zh');
  eq(initLanguage(memory(), { languages: ['ug-CN'], language: 'ug-CN' }), 'ug');
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
  const missing = [...keys].filter((k) => !(k in MESSAGES.zh) || !(k in MESSAGES.en) || !(k in MESSAGES.ug));
  eq(missing, []);
  // keys built from a prefix: every method, notation, outcome, result, sex and problem has a text
  for (const k of ['method.OPTOTYPE', 'method.INSTRUMENT', 'method.CLINICIAN', 'method.OAE', 'method.AABR', 'method.PURE_TONE',
    'notation.DECIMAL', 'notation.FIVE_POINT', 'notation.LOGMAR', 'notation.SNELLEN_METRIC', 'notation.SNELLEN_IMPERIAL',
    'outcome.PASS', 'outcome.REFER', 'result.PASS', 'result.REFER', 'child.sexMALE', 'child.sexFEMALE',
    'sync.kind.patient', 'sync.kind.consent', 'sync.kind.attendance', 'sync.kind.screening',
    'screening.VISION', 'screening.HEARING', 'screening.SPEECH',
    'problem.possible-duplicate', 'problem.no-consent', 'problem.not-found', 'problem.patient-merged',
    'problem.invalid-input', 'problem.already-attending']) {
    assert(k in MESSAGES.zh && k in MESSAGES.en && k in MESSAGES.ug, 'missing ' + k);
  }
});

test('i18n: no visible text is written into the shell outside i18n.js', async () => {
  const html = await (await fetch('../field/index.html')).text();
  const body = html.slice(html.indexOf('<body>'));
  const text = body.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
  eq(text.replace(/—/g, '').trim(), '', 'text in index.html');
});

test('i18n: the shell mirrors for Uyghur: logical CSS sides, Uyghur name fields right to left', async () => {
  const html = await (await fetch('../field/index.html')).text();
  const css = html.slice(html.indexOf('<style>'), html.indexOf('</style>'));
  const physical = css.match(/(margin|padding|border)-(left|right)|text-align:\s*(left|right)|float:\s*(left|right)|\b(left|right):\s*\d/g);
  eq(physical, null, 'physical sides in the CSS');
  for (const id of ['child-name-ug', 'guardian-name-ug']) {
    assert(new RegExp(`<input id="${id}" lang="ug" dir="rtl"`).test(html), id + ' is a right-to-left Uyghur field');
  }
  assert(/<input id="guardian-phone"[^>]*dir="ltr"/.test(html), 'the phone stays left to right');
  assert(/<select id="lang" data-i18n-aria="lang.label">/.test(html), 'the language switch on every screen (in the top bar)');
});

test('i18n: the language is kept per account: sign-in and PATCH /api/me', () => {
  setLanguage('zh', memory());
  eq(languageAtSignIn({ language: 'ug-CN', languageUnsent: true }, undefined, true), { use: 'ug-CN', send: true },
    'a choice made offline is newer than the server\'s, and is sent');
  eq(languageAtSignIn({}, 'ug-CN', false), { use: 'ug-CN', send: false }, 'the account\'s choice on the server');
  eq(languageAtSignIn({ language: 'en', languageUnsent: false }, 'ug-CN', true), { use: 'ug-CN', send: false });
  eq(languageAtSignIn({}, null, true), { use: 'zh-CN', send: true }, 'never chosen: the device\'s choice becomes the account\'s');
  eq(languageAtSignIn({}, null, false), { use: null, send: false }, 'never chosen anywhere: the browser\'s stays, nothing sent');
  eq(languageAtSignIn({}, undefined, true), { use: null, send: false }, 'a server without the language of accounts');
  eq(languageAtSignIn({}, 'fr', true), { use: null, send: false }, 'a language the app does not speak');
  for (const status of [200, 204, 400, 403]) eq(languageSettled(status), true, 'settled by ' + status);
  for (const status of [401, 404, 405, 408, 429, 500, 503]) eq(languageSettled(status), false, 'sent again after ' + status);
});
