// The field app's shell: sign-in and offline unlock, the pack, finding and registering children,
// recording attendance and screenings into the encrypted queue, and the sync page; the language
// (Chinese, Uyghur right to left, English), kept per account.

import * as i18n from './i18n.js';
import { t } from './i18n.js';
import { hashName, createVault, openVault, keyringStore, Store } from './store.js';
import { search, uly } from './search.js';
import {
  METHODS, NOTATIONS, FREQUENCIES, OUTCOMES, buildMeasurements, classificationRequest, classifyOffline,
  shanghaiDate,
} from './measurements.js';
import {
  Syncer, newItem, resolveSameChild, resolveDifferentChild, resolveMerged, typeIs, WAITING, SENT, ATTENTION,
} from './sync.js';
import { loadInbox, markRead, unreadBadge, isUnread } from './inbox.js';

const $ = (id) => document.getElementById(id);
const keyrings = keyringStore();
const PREFS = 'field.prefs';
// the account's own settings, in its encrypted store: {language: 'ug-CN', languageUnsent: true}
const SETTINGS = 'settings';

const state = {
  username: null,
  session: null,
  store: null,
  children: [],
  pack: null,
  child: null,
  kind: null,
  syncer: null,
  classify: null,
  reachable: true,
  retryTimer: null,
  idleTimer: null,
  countsTimer: null,
  inbox: null,
};

// ---------- small helpers ----------

function el(tag, attrs = {}, ...content) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of content.flat()) if (c !== null && c !== undefined) node.append(c);
  return node;
}

/** Text that keeps its own direction inside any language: codes, phone and identity numbers. */
function ltr(text) {
  return el('bdi', { dir: 'ltr' }, String(text));
}

/** A name in Uyghur script, right to left, inside any language. */
function uyghurName(text) {
  return text ? el('bdi', { lang: 'ug', dir: 'rtl', class: 'ug' }, text) : null;
}

/** A child's or a guardian's names: the Chinese (or Latin) one and the Uyghur one, both when both. */
function names(person) {
  return [person.name ? el('bdi', {}, person.name) : null, person.name && person.nameUg ? ' ' : null, uyghurName(person.nameUg)]
    .filter((part) => part !== null);
}

/** One line of text for a person (queue labels, confirmations): both names when both. */
function nameText(person) {
  return [person.name, person.nameUg].filter(Boolean).join(' / ');
}

function say(text, kind = 'info') {
  const box = $('message');
  box.textContent = text || '';
  box.className = kind;
  box.hidden = !text;
}

function show(pageId) {
  document.querySelectorAll('.page').forEach((p) => (p.hidden = p.id !== pageId));
  const signedIn = !!state.store && !['signin-page', 'unlock-page'].includes(pageId);
  $('nav').hidden = !signedIn;
  document.querySelectorAll('#nav [data-page]').forEach((b) =>
    b.setAttribute('aria-current', b.dataset.page === pageId ? 'page' : 'false'));
}

function today() {
  return shanghaiDate(Date.now());
}

function idleSeconds() {
  const fromUrl = new URLSearchParams(location.search).get('idle');
  if (fromUrl && /^\d+$/.test(fromUrl)) localStorage.setItem('field.idleSeconds', fromUrl);
  const saved = Number(localStorage.getItem('field.idleSeconds'));
  return saved > 0 ? saved : 600;
}

function prefs() {
  try {
    return JSON.parse(localStorage.getItem(PREFS)) || {};
  } catch (bad) {
    return {};
  }
}

function savePrefs(p) {
  localStorage.setItem(PREFS, JSON.stringify(p));
}

// ---------- network ----------

function setReachable(ok) {
  state.reachable = ok;
  renderOnline();
}

function renderOnline() {
  const online = navigator.onLine && state.reachable;
  const box = $('online-status');
  box.textContent = t(online ? 'status.online' : 'status.offline');
  box.className = online ? 'online' : 'offline';
}

/** Calls the API with the session's token; throws {network:true} when the network fails. */
async function api(path, options = {}) {
  const headers = { Accept: 'application/json', 'Accept-Language': i18n.tagOf(), ...(options.headers || {}) };
  if (state.session && state.session.token) headers.Authorization = 'Bearer ' + state.session.token;
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, {
      method: options.method || 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch (cut) {
    setReachable(false);
    throw { network: true };
  }
  setReachable(true);
  const text = await response.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch (notJson) {
    body = { detail: text.slice(0, 200) };
  }
  if (response.status === 401 && state.session) needSignIn();
  return { status: response.status, ok: response.ok, body };
}

function problemText(problem) {
  if (!problem) return '';
  const name = String(problem.type || '').split(/[/:#]/).pop();
  const known = name && i18n.has('problem.' + name) ? name : null;
  const head = known ? t('problem.' + known) : problem.title || '';
  const detail = problem.detail && (!known || i18n.language() === 'en') ? ' ' + problem.detail : '';
  const errors = (problem.errors || []).map((e) => `${e.field}: ${e.message}`).join('; ');
  return head + detail + (errors ? ' — ' + errors : '');
}

// ---------- sign-in, unlock, lock ----------

async function signIn(username, password) {
  say('');
  let answer;
  try {
    answer = await fetch('/api/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'Accept-Language': i18n.tagOf() },
      body: JSON.stringify({ username, password }),
    });
  } catch (cut) {
    setReachable(false);
    return offlineSignIn(username, password);
  }
  setReachable(true);
  if (answer.status === 401) return say(t('signin.wrong'), 'error');
  if (!answer.ok) return say(problemText(await answer.json().catch(() => null)) || String(answer.status), 'error');
  const session = await answer.json();
  const hash = await hashName(username);
  let keyring = keyrings.get(hash);
  let vault = keyring ? await openVault(password, keyring) : null;
  if (keyring && !vault) {
    // the password changed on the server: the old data cannot be opened with the new one
    const old = await Store.open(username, null);
    const counts = await old.counts();
    if (counts.waiting + counts.attention > 0) {
      old.close();
      return say(t('signin.rekeyRefused'), 'error');
    }
    await old.wipe();
    keyring = null;
  }
  if (!vault) {
    const created = await createVault(password);
    vault = created.vault;
    keyrings.put(hash, created.keyring);
  }
  await openSession(username, vault, session);
}

async function offlineSignIn(username, password) {
  const keyring = keyrings.get(await hashName(username));
  if (!keyring) return say(t('signin.offlineUnknown'), 'error');
  const vault = await openVault(password, keyring);
  if (!vault) return say(t('signin.wrong'), 'error');
  await openSession(username, vault, null);
  say(t('signin.offline'));
}

async function unlock(password) {
  const username = localStorage.getItem('field.lastAccount');
  const keyring = username && keyrings.get(await hashName(username));
  if (!keyring) return showSignIn();
  const vault = await openVault(password, keyring);
  if (!vault) return say(t('unlock.wrong'), 'error');
  say('');
  await openSession(username, vault, null);
}

async function openSession(username, vault, session) {
  if (state.store) state.store.close();
  state.username = username;
  state.store = await Store.open(username, vault);
  if (session) await state.store.putMeta('session', session);
  state.session = session || (await state.store.getMeta('session'));
  localStorage.setItem('field.lastAccount', username);
  $('password').value = '';
  $('unlock-password').value = '';
  state.pack = await state.store.getMeta('pack');
  state.children = await state.store.allChildren();
  state.syncer = new Syncer({
    store: state.store,
    fetch: (...args) => fetch(...args),
    token: () => state.session && state.session.token,
    onChange: onItemSynced,
    onSignIn: needSignIn,
    language: () => i18n.tagOf(),
  });
  await applyAccountLanguage((await state.store.getMeta(SETTINGS)) || {});
  renderPack();
  renderChildren();
  await renderQueue();
  show(state.pack ? 'children-page' : 'prepare-page');
  touch();
  if (navigator.onLine && state.session) {
    await readAccountLanguage();
    loadClinics();
    loadPlaces();
    syncNow();
    refreshInbox();
  }
}

// ---------- the account's language ----------

/** Shows the app in the language an account chose (kept in its settings, or from /api/me). */
async function applyAccountLanguage(settings) {
  if (settings.language && settings.language !== i18n.tagOf() && i18n.setLanguage(settings.language)) retranslate();
}

/** After an online sign-in: the account's language, from the device or the server (i18n.js). */
async function readAccountLanguage() {
  const settings = (await state.store.getMeta(SETTINGS)) || {};
  let server;
  if (!settings.languageUnsent) {
    try {
      const answer = await api('/api/me');
      server = answer.ok && answer.body && 'language' in answer.body ? answer.body.language : undefined;
    } catch (offline) {
      return;
    }
  }
  const plan = i18n.languageAtSignIn(settings, server, !!localStorage.getItem('field.lang'));
  if (!plan.use || !state.store) return;
  if (plan.use !== i18n.tagOf() && i18n.setLanguage(plan.use)) retranslate();
  await state.store.putMeta(SETTINGS, { ...settings, language: i18n.tagOf(), languageUnsent: plan.send });
  if (plan.send) await sendLanguage();
}

/** The user switched: the app follows at once; the account keeps it here and on the server. */
async function chooseLanguage(code) {
  if (!i18n.setLanguage(code)) return;
  retranslate();
  if (!state.store) return;
  const settings = (await state.store.getMeta(SETTINGS)) || {};
  await state.store.putMeta(SETTINGS, { ...settings, language: i18n.tagOf(), languageUnsent: true });
  await sendLanguage();
}

/**
 * Sends an unsent language choice with PATCH /api/me. Offline it stays unsent for the next sync;
 * a server without the language of accounts (404, 405) is left alone quietly, and asked again at
 * the next sync.
 */
async function sendLanguage() {
  const store = state.store;
  const settings = store && ((await store.getMeta(SETTINGS)) || {});
  if (!settings || !settings.languageUnsent || !state.session || !navigator.onLine) return;
  let answer;
  try {
    answer = await api('/api/me', { method: 'PATCH', body: { language: settings.language } });
  } catch (offline) {
    return;
  }
  if (!i18n.languageSettled(answer.status) || store !== state.store) return;
  await store.putMeta(SETTINGS, { ...settings, languageUnsent: false });
}

function needSignIn() {
  const username = state.username;
  lock(false);
  showSignIn(username);
  say(t('signin.again'), 'error');
}

/** Forgets the key and everything decrypted; the data stays encrypted on the device. */
function lock(toUnlock = true) {
  if (state.store) state.store.close();
  Object.assign(state, { store: null, session: null, children: [], pack: null, child: null, syncer: null, inbox: null });
  clearTimeout(state.retryTimer);
  clearTimeout(state.idleTimer);
  $('children').replaceChildren();
  $('inbox-list').replaceChildren();
  $('nav-unread').replaceChildren();
  $('nav-unread').hidden = true;
  $('queue-waiting').replaceChildren();
  $('queue-sent').replaceChildren();
  $('queue-attention').replaceChildren();
  if (toUnlock) showUnlock();
}

function showUnlock() {
  const username = localStorage.getItem('field.lastAccount');
  $('unlock-account').textContent = t('unlock.account', { name: username });
  show('unlock-page');
}

function showSignIn(username) {
  if (username) $('username').value = username;
  show('signin-page');
}

function touch() {
  clearTimeout(state.idleTimer);
  if (state.store) state.idleTimer = setTimeout(() => lock(true), idleSeconds() * 1000);
}

// ---------- prepare ----------

async function loadClinics() {
  const list = $('clinic-list');
  const to = new Date(Date.now() + 30 * 86400000).toISOString().slice(0, 10);
  let answer;
  try {
    answer = await api(`/api/clinics?from=${today()}&to=${to}&limit=100`);
  } catch (cut) {
    list.replaceChildren(el('li', {}, t('prepare.clinicsOffline')));
    return;
  }
  if (!answer.ok) return;
  const items = (answer.body.items || []).filter((c) => c.status !== 'CANCELLED' && c.status !== 'COMPLETED');
  if (!items.length) return list.replaceChildren(el('li', {}, t('prepare.noClinics')));
  list.replaceChildren(...items.map((c) =>
    el('li', { dataset: { clinicId: c.id } },
      el('span', { class: 'grow' }, ltr(`${c.date} ${c.startTime || ''}`), ' · ', el('bdi', {}, c.title), ' · ', el('bdi', {}, c.venue || c.placeCode)),
      el('button', { type: 'button', class: 'download', onclick: () => downloadPack('clinicId=' + encodeURIComponent(c.id)) },
        t('prepare.download')))));
}

async function loadPlaces() {
  const codes = (state.session && state.session.account && state.session.account.jurisdiction) || [];
  const options = [];
  for (const code of codes) {
    try {
      const answer = await api('/api/places?level=TOWNSHIP&parent=' + encodeURIComponent(code));
      const items = answer.ok ? answer.body.items || answer.body || [] : [];
      for (const p of items) {
        options.push(el('option', { value: p.code }, placeName(p)));
      }
    } catch (cut) {
      return;
    }
  }
  $('place-options').replaceChildren(...options);
}

async function downloadPack(query) {
  say(t('prepare.downloading'));
  let answer;
  try {
    answer = await api('/api/field/pack?' + query);
  } catch (cut) {
    return say(t('prepare.failed', { detail: t('status.offline') }), 'error');
  }
  if (!answer.ok) return answer.status === 401 ? null : say(t('prepare.failed', { detail: problemText(answer.body) }), 'error');
  const pack = answer.body;
  const clinicId = pack.clinic ? pack.clinic.id : null;
  await state.store.replacePackChildren((pack.patients || []).map((p) => ({ ...p, clinicId })));
  state.pack = {
    preparedAt: pack.preparedAt, limit: pack.limit, truncated: pack.truncated, clinic: pack.clinic,
    place: pack.place, ruleSet: pack.ruleSet, count: (pack.patients || []).length,
  };
  await state.store.putMeta('pack', state.pack);
  state.children = await state.store.allChildren();
  say('');
  renderPack();
  renderChildren();
  show('children-page');
}

/** A place's name in the app's language: Uyghur when the place has one, else Chinese; English. */
function placeName(place) {
  const lang = i18n.language();
  const name = lang === 'en' ? place.nameEn : lang === 'ug' ? place.nameUg || place.nameZh : place.nameZh;
  return name || place.nameZh || place.nameEn || place.code;
}

function renderPack() {
  const box = $('pack-summary');
  const pack = state.pack;
  box.dataset.count = pack ? String(pack.count) : '0';
  if (!pack) return (box.textContent = t('pack.none'));
  const place = pack.place ? placeName(pack.place) : '';
  const clinic = pack.clinic ? ' · ' + (pack.clinic.title || pack.clinic.clinicNumber) : '';
  box.textContent = t('pack.summary', {
    place, clinic, count: i18n.formatNumber(pack.count), time: i18n.formatDateTime(pack.preparedAt),
  }) + (pack.truncated ? t('pack.truncated', { limit: pack.limit }) : '');
}

// ---------- children ----------

function renderChildren() {
  const list = $('children');
  const found = search(state.children, $('search').value, 50);
  if (!found.length) return list.replaceChildren(el('li', { class: 'empty' }, t('children.none')));
  list.replaceChildren(...found.map(childItem));
}

function childItem(child) {
  const phone = (child.guardians || []).map((g) => g.phone).filter(Boolean)[0];
  return el('li', {
    class: 'child',
    dataset: child.id ? { patientId: child.id, ...(child.localId ? { localId: child.localId } : {}) } : { localId: child.localId },
  },
  el('button', { type: 'button', class: 'child-open', onclick: () => openChild(child) },
    el('strong', {}, names(child)),
    el('span', {}, ` ${t('child.sex' + child.sex)} · `, ltr(child.birthDate)),
    child.guardians && child.guardians[0]
      ? el('span', { class: 'muted' }, ' · ', names(child.guardians[0]), phone ? ' ' : null, phone ? ltr(phone) : null)
      : null,
    child.booked ? el('span', { class: 'badge' }, t('children.booked')) : null,
    child.attended ? el('span', { class: 'badge' }, t('children.attended')) : null,
    child.localId ? el('span', { class: 'badge local' }, t('children.local')) : null));
}

function openChild(child) {
  state.child = child;
  $('child-name-title').replaceChildren(...names(child));
  const details = [t('child.sex' + child.sex), ltr(child.birthDate), child.nationalId ? ltr(child.nationalId) : null,
    ...(child.guardians || []).map((g) => el('span', {}, ...names(g), ` (${g.relationship})`, g.phone ? ' ' : null, g.phone ? ltr(g.phone) : null))]
    .filter(Boolean);
  $('child-details').replaceChildren(...details.flatMap((d, i) => (i ? [' · ', d] : [d])));
  const consented = (child.consents || []).some((c) => (c.scopes || []).includes('SCREENING') && !c.withdrawnOn);
  $('child-note').textContent = consented ? '' : t('child.noConsent');
  $('record-attendance').disabled = !(state.pack && state.pack.clinic);
  $('record-attendance').textContent = child.attended
    ? t('child.attendanceDone', { kind: child.attended === true ? t('children.attended') : child.attended })
    : t('child.attendance');
  $('screening-form').hidden = true;
  $('screening-result').hidden = true;
  show('child-page');
}

/** The patient reference of a child for a queue item: its server id, or its local id to bind. */
function refs(child) {
  return child.id ? { patientRef: child.id, localRef: null } : { patientRef: null, localRef: child.localId };
}

async function recordAttendance() {
  const child = state.child;
  if (!child || !state.pack || !state.pack.clinic) return;
  const kind = child.booked ? 'BOOKED' : 'WALK_IN';
  const item = newItem({
    kind: 'attendance',
    pathTemplate: `/api/clinics/${encodeURIComponent(state.pack.clinic.id)}/attendances`,
    body: { patientId: child.id || null, kind },
    ...refs(child),
    label: { name: nameText(child) },
  });
  await state.store.enqueue(item);
  child.attended = kind;
  await state.store.putChild(child);
  $('record-attendance').textContent = t('child.attendanceDone', { kind });
  renderQueue();
  sendSoon();
}

// ---------- screening form ----------

function options(select, values, prefix, blank) {
  select.replaceChildren(...(blank ? [el('option', { value: '' }, '—')] : []),
    ...values.map((v) => el('option', { value: v }, t(prefix + v))));
}

function openScreening(kind) {
  state.kind = kind;
  const p = prefs();
  $('screening-title').textContent = t('screening.' + kind);
  options($('method'), METHODS[kind], 'method.');
  $('method').value = p['method.' + kind] && METHODS[kind].includes(p['method.' + kind]) ? p['method.' + kind] : METHODS[kind][0];
  options($('notation'), NOTATIONS, 'notation.');
  $('notation').value = p.notation || 'FIVE_POINT';
  document.querySelectorAll('.outcome-select').forEach((s) => options(s, OUTCOMES, 'outcome.', true));
  $('screening-form').querySelectorAll('input').forEach((i) => (i.value = ''));
  $('screening-errors').replaceChildren();
  $('screening-result').hidden = true;
  showMethodFields();
  $('screening-form').hidden = false;
  const first = $('screening-form').querySelector('.group:not([hidden]) input, .group:not([hidden]) select');
  if (first) first.focus();
}

function showMethodFields() {
  const method = $('method').value;
  $('optotype-fields').hidden = !(state.kind === 'VISION' && method === 'OPTOTYPE');
  $('ear-fields').hidden = !(method === 'OAE' || method === 'AABR');
  $('pure-tone-fields').hidden = method !== 'PURE_TONE';
  $('outcome-fields').hidden = !(method === 'INSTRUMENT' || method === 'CLINICIAN');
}

function buildPureToneFields() {
  const box = $('pure-tone-fields');
  const fields = [];
  for (const side of ['right', 'left']) {
    for (const f of FREQUENCIES) {
      const id = `pt-${side}-${f}`;
      fields.push(el('div', {},
        el('label', { for: id, 'data-pt': `${side}:${f}` }),
        el('input', { id, inputmode: 'numeric', autocomplete: 'off' })));
    }
  }
  box.replaceChildren(...fields);
}

function translatePureTone() {
  document.querySelectorAll('[data-pt]').forEach((label) => {
    const [side, freq] = label.dataset.pt.split(':');
    label.textContent = t('screening.pt', { ear: t(side === 'right' ? 'screening.rightEar' : 'screening.leftEar'), freq });
  });
}

/** The form's values, as measurements.js takes them. */
function formValues() {
  const v = {
    notation: $('notation').value,
    rightUncorrected: $('right-uncorrected').value,
    leftUncorrected: $('left-uncorrected').value,
    rightCorrected: $('right-corrected').value,
    leftCorrected: $('left-corrected').value,
    rightEar: $('right-ear').value,
    leftEar: $('left-ear').value,
    outcome: $('outcome').value,
    pureTone: { right: {}, left: {} },
  };
  for (const side of ['right', 'left']) for (const f of FREQUENCIES) v.pureTone[side][f] = $(`pt-${side}-${f}`).value;
  return v;
}

async function saveScreening() {
  const began = performance.now();
  const child = state.child;
  const kind = state.kind;
  const method = $('method').value;
  const built = buildMeasurements(kind, method, formValues());
  $('screening-form').querySelectorAll('[aria-invalid]').forEach((i) => i.removeAttribute('aria-invalid'));
  if (built.errors) {
    $('screening-errors').replaceChildren(...built.errors.map((e) => {
      const input = $(e.field);
      if (input) input.setAttribute('aria-invalid', 'true');
      const label = document.querySelector(`label[for="${e.field}"]`);
      return el('li', {}, `${label ? label.textContent : e.field}: ${t('error.' + e.message)}`);
    }));
    return;
  }
  $('screening-errors').replaceChildren();
  const performedAt = new Date().toISOString();
  const offline = state.pack && state.pack.ruleSet
    ? classifyOffline(state.classify, classificationRequest(state.pack.ruleSet, kind, method, child.birthDate, performedAt, built.measurements))
    : null;
  const body = { patientId: child.id || null, kind, performedAt, method, measurements: built.measurements };
  if (state.pack && state.pack.clinic) body.clinicId = state.pack.clinic.id;
  const item = newItem({
    kind: 'screening', pathTemplate: '/api/screenings', body, ...refs(child), offline,
    label: { name: nameText(child), what: kind },
  });
  await state.store.enqueue(item);
  const ms = Math.round(performance.now() - began);
  const p = prefs();
  p['method.' + kind] = method;
  if (method === 'OPTOTYPE') p.notation = $('notation').value;
  savePrefs(p);
  showResult(offline, ms);
  renderQueue();
  sendSoon();
}

function showResult(offline, ms) {
  const box = $('screening-result');
  const parts = [el('p', {}, t('screening.saved', { ms }))];
  if (offline && !offline.errors) {
    box.dataset.result = offline.result;
    parts.unshift(el('p', { class: 'result ' + offline.result }, t('result.' + offline.result)));
    parts.push(classificationView(offline.classification));
  } else {
    box.dataset.result = 'PENDING';
    parts.push(el('p', {}, t('screening.pending')));
  }
  box.className = offline && offline.result ? offline.result : '';
  box.replaceChildren(...parts);
  box.hidden = false;
  $('screening-form').hidden = true;
}

function classificationView(c) {
  if (!c) return null;
  const shown = (v) => v !== null && v !== undefined && !(Array.isArray(v) && v.length === 0);
  const rows = Object.entries(c).filter(([k, v]) => k !== 'reasons' && shown(v))
    .map(([k, v]) => el('li', {}, `${i18n.has('class.' + k) ? t('class.' + k) : k}: ${typeof v === 'object' ? JSON.stringify(v) : v}`));
  if (c.reasons && c.reasons.length) {
    rows.push(el('li', {}, t('screening.reasons', { reasons: c.reasons.map((r) => (r && (r.text || r.code)) || String(r)).join('; ') })));
  }
  return el('ul', { class: 'classification' }, rows);
}

// ---------- registering a child ----------

function openChildForm() {
  $('child-form').reset();
  $('child-errors').replaceChildren();
  show('child-form-page');
  $('child-name').focus();
}

/** The form's errors as [field, message key, other field]: a name in Chinese or in Uyghur for both. */
function childFormErrors(value) {
  const errors = [];
  if (!value('child-name') && !value('child-name-ug')) errors.push(['child-name', 'nameOrUg', 'child-name-ug']);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value('child-birth-date'))) errors.push(['child-birth-date', value('child-birth-date') ? 'date' : 'required']);
  if (!value('guardian-name') && !value('guardian-name-ug')) errors.push(['guardian-name', 'nameOrUg', 'guardian-name-ug']);
  if (!value('guardian-relationship')) errors.push(['guardian-relationship', 'required']);
  return errors;
}

/** A person's names as the API takes them: only the ones given. */
function nameFields(name, nameUg) {
  return { ...(name ? { name } : {}), ...(nameUg ? { nameUg } : {}) };
}

async function saveChild() {
  const value = (id) => $(id).value.trim();
  const errors = childFormErrors(value);
  if (!state.pack || !state.pack.place) errors.push(['child-name', 'needPack']);
  $('child-form').querySelectorAll('[aria-invalid]').forEach((i) => i.removeAttribute('aria-invalid'));
  if (errors.length) {
    $('child-errors').replaceChildren(...errors.map(([id, m, also]) => {
      $(id).setAttribute('aria-invalid', 'true');
      if (also) $(also).setAttribute('aria-invalid', 'true');
      return el('li', {}, m === 'needPack' ? t('form.needPack') : `${document.querySelector(`label[for="${id}"]`).textContent}: ${t('error.' + m)}`);
    }));
    return;
  }
  const guardian = { ...nameFields(value('guardian-name'), value('guardian-name-ug')), relationship: value('guardian-relationship') };
  if (value('guardian-phone')) guardian.phone = value('guardian-phone');
  const consent = $('consent-screening').checked;
  const childNames = nameFields(value('child-name'), value('child-name-ug'));
  const child = {
    localId: crypto.randomUUID(),
    ...childNames,
    ...(childNames.nameUg ? { nameUgLatin: uly(childNames.nameUg) } : {}),
    sex: $('child-sex').value,
    birthDate: value('child-birth-date'),
    placeCode: state.pack.place.code,
    guardians: [guardian.nameUg ? { ...guardian, nameUgLatin: uly(guardian.nameUg) } : guardian],
    consents: consent ? [{ scopes: ['SCREENING'], givenOn: today(), guardianName: guardian.name || guardian.nameUg }] : [],
  };
  await state.store.putChild(child);
  await state.store.enqueue(newItem({
    kind: 'patient', pathTemplate: '/api/patients',
    body: { ...childNames, sex: child.sex, birthDate: child.birthDate, placeCode: child.placeCode, guardians: [guardian] },
    localRef: child.localId, label: { name: nameText(child) },
  }));
  if (consent) {
    await state.store.enqueue(newItem({
      kind: 'consent', pathTemplate: '/api/patients/{patientId}/consents',
      body: { guardianName: guardian.name || guardian.nameUg, relationship: guardian.relationship, scopes: ['SCREENING'], givenOn: today() },
      localRef: child.localId, label: { name: nameText(child) },
    }));
  }
  state.children.push(child);
  say(t('form.saved'));
  renderChildren();
  renderQueue();
  openChild(child);
  sendSoon();
}

// ---------- sync ----------

async function syncNow() {
  if (!state.syncer) return;
  clearTimeout(state.retryTimer);
  $('sync-status').textContent = t('sync.running');
  await sendLanguage().catch(() => {});
  if (!state.syncer) return;
  const summary = await state.syncer.run();
  if (!state.syncer) return;
  if (summary.stopped === 'NETWORK' || summary.stopped === 'RETRY') {
    if (summary.stopped === 'NETWORK') setReachable(false);
    $('sync-status').textContent = t('sync.network', { seconds: Math.round(summary.retryIn / 1000) });
    state.retryTimer = setTimeout(syncNow, summary.retryIn);
  } else if (summary.stopped === 'SIGN_IN') {
    $('sync-status').textContent = t('sync.signin');
  } else {
    setReachable(true);
    $('sync-status').textContent = t('sync.done', summary);
  }
  await renderQueue();
}

/** After a capture: when the network is there, send soon in the background (never blocking). */
function sendSoon() {
  if (!state.syncer || !navigator.onLine || !state.reachable || !state.syncer.due()) return;
  clearTimeout(state.retryTimer);
  state.retryTimer = setTimeout(syncNow, 1500);
}

/** During a sync the counts are shown at most five times a second, not after every item. */
function renderCountsSoon() {
  if (state.countsTimer) return;
  state.countsTimer = setTimeout(() => {
    state.countsTimer = null;
    renderCounts();
  }, 200);
}

async function onItemSynced(item) {
  renderCountsSoon();
  if (item.kind === 'patient' && item.status === SENT && item.answer.body && item.answer.body.id) {
    const child = state.children.find((c) => c.localId === item.localRef);
    if (child) {
      child.id = item.answer.body.id;
      await state.store.putChild(child);
    }
  }
}

/** The queue's counts, read without decrypting anything; false when locked meanwhile. */
async function renderCounts() {
  if (!state.store) return false;
  const counts = await state.store.counts();
  if (!state.store) return false;
  $('count-waiting').textContent = counts.waiting;
  $('count-sent').textContent = counts.sent;
  $('count-attention').textContent = counts.attention;
  $('nav-waiting').textContent = counts.waiting + counts.attention || '';
  return true;
}

/** The counts, and the lists only while the sync page is shown. */
async function renderQueue() {
  if (!(await renderCounts()) || $('sync-page').hidden) return;
  const items = await state.store.queue();
  const lists = { WAITING: [], SENT: [], ATTENTION: [] };
  for (const item of items) lists[item.status].push(queueItem(item));
  $('queue-waiting').replaceChildren(...lists.WAITING);
  $('queue-attention').replaceChildren(...lists.ATTENTION);
  $('queue-sent').replaceChildren(...lists.SENT.reverse().slice(0, 1000));
  renderDuplicate(items);
}

function itemTitle(item) {
  const label = item.label || {};
  return t('sync.kind.' + item.kind, { name: label.name || '', what: label.what ? t('screening.' + label.what) : '' });
}

function queueItem(item) {
  const parts = [el('strong', {}, itemTitle(item)), el('span', { class: 'muted' }, ' ', ltr(i18n.formatTime(item.capturedAt)))];
  if (item.status === WAITING && !item.bound) parts.push(el('p', { class: 'muted' }, t('sync.waitsFor')));
  if (item.status === ATTENTION) {
    parts.push(el('p', { class: 'problem' }, problemText(item.answer && item.answer.body)));
    const problem = (item.answer && item.answer.body) || {};
    if (typeIs(problem, 'patient-merged') && problem.mergedInto && item.kind !== 'patient') {
      parts.push(el('button', { type: 'button', class: 'survivor', onclick: () => sendForSurvivor(item, problem.mergedInto) }, t('sync.survivor')));
    }
    if (!item.duplicate) {
      parts.push(el('button', { type: 'button', class: 'retry', onclick: () => retryItem(item) }, t('sync.retry')));
    }
    parts.push(el('button', { type: 'button', class: 'discard', onclick: () => discardItem(item) }, t('sync.discard')));
  }
  if (item.status === SENT && item.kind === 'screening' && item.answer && item.answer.body) {
    const server = item.answer.body;
    if (item.differs) {
      parts.push(el('p', { class: 'differs' }, t('sync.differs', { result: t('result.' + server.result) })));
      parts.push(classificationView(server.classification));
    } else if (server.result) {
      parts.push(el('span', { class: 'result ' + server.result }, ' ' + t('result.' + server.result)));
    }
  }
  return el('li', { class: 'queue-item', dataset: { status: item.status, key: item.key, kind: item.kind, differs: item.differs ? 'true' : null } }, parts);
}

function renderDuplicate(items) {
  const box = $('duplicate-resolution');
  const create = items.find((i) => i.status === ATTENTION && i.duplicate && i.kind === 'patient');
  box.hidden = !create;
  if (!create) return;
  const problem = (create.answer && create.answer.body) || {};
  let candidates = problem.candidates || [];
  if (!candidates.length && problem.existingPatientId) {
    candidates = [{ id: problem.existingPatientId, name: nameText(create.body), birthDate: create.body.birthDate }];
  }
  $('duplicate-intro').textContent = `${nameText(create.body)}, ${create.body.birthDate} — ${problemText(problem)}`;
  $('duplicate-candidates').replaceChildren(...candidates.map((c) =>
    el('li', { class: 'candidate', dataset: { patientId: c.id } },
      el('button', { type: 'button', class: 'same-child', onclick: () => sameChild(create, c.id) },
        t('dup.same', { name: nameText(c), birthDate: c.birthDate })))));
  $('different-child').hidden = typeIs(problem, 'duplicate-patient');
  $('different-child').onclick = () => differentChild(create);
}

async function sameChild(create, patientId) {
  const items = await state.store.queue();
  const bindings = (await state.store.getMeta('bindings')) || {};
  const outcome = resolveSameChild(items, create, patientId, bindings);
  await state.store.putMeta('bindings', outcome.bindings);
  for (const item of outcome.rebound) await state.store.updateItem(item);
  await state.store.deleteItem(outcome.drop);
  const child = state.children.find((c) => c.localId === create.localRef);
  if (child) {
    child.id = patientId;
    await state.store.putChild(child);
  }
  renderChildren();
  await syncNow();
}

async function differentChild(create) {
  await state.store.updateItem(resolveDifferentChild(create));
  await syncNow();
}

async function sendForSurvivor(item, survivorId) {
  await state.store.updateItem(resolveMerged(item, survivorId));
  await syncNow();
}

async function retryItem(item) {
  await state.store.updateItem({ ...item, status: WAITING, answer: null });
  await syncNow();
}

async function discardItem(item) {
  if (!confirm(t('sync.discardConfirm'))) return;
  await state.store.deleteItem(item.id);
  await renderQueue();
}

// ---------- sign-out ----------

async function openSignOut() {
  const counts = await state.store.counts();
  const unsent = counts.waiting + counts.attention;
  $('signout-unsent').hidden = unsent === 0;
  $('signout-unsent').textContent = t('signout.unsent', { count: unsent });
  $('confirm-unsent-row').hidden = unsent === 0;
  $('confirm-unsent').checked = false;
  show('signout-page');
}

async function endSession() {
  if (state.session && state.session.token) {
    try {
      await api('/api/session', { method: 'DELETE' });
    } catch (offline) {
      // the token expires by itself; the device forgets it now
    }
  }
  if (state.store) await state.store.putMeta('session', null);
}

async function wipe() {
  const counts = await state.store.counts();
  if (counts.waiting + counts.attention > 0 && !$('confirm-unsent').checked) {
    return say(t('signout.refused'), 'error');
  }
  const username = state.username;
  await endSession();
  const store = state.store;
  lock(false);
  await store.wipe();
  keyrings.remove(await hashName(username));
  localStorage.removeItem('field.lastAccount');
  $('username').value = '';
  showSignIn();
  say(t('signout.wiped'));
}

async function signOutKeep() {
  await endSession();
  const username = state.username;
  lock(false);
  showSignIn(username);
}

// ---------- inbox (online only: never stored on the device) ----------

async function refreshInbox() {
  if (!state.session) return;
  let inbox;
  try {
    inbox = await loadInbox(api, navigator.onLine);
  } catch (unexpected) {
    inbox = { state: 'failed', problem: null };
  }
  state.inbox = inbox;
  renderInbox();
}

function renderInbox() {
  const inbox = state.inbox || { state: 'offline' };
  const badge = inbox.state === 'online' ? unreadBadge(inbox.unread) : '';
  $('nav-unread').textContent = badge;
  $('nav-unread').hidden = !badge;
  if (badge) $('nav-inbox').setAttribute('aria-label', `${t('nav.inbox')} · ${t('inbox.unreadCount', { count: badge })}`);
  else $('nav-inbox').removeAttribute('aria-label');
  const status = $('inbox-status');
  const list = $('inbox-list');
  $('inbox-more').hidden = !(inbox.state === 'online' && inbox.more);
  if (inbox.state === 'offline') {
    status.textContent = t('inbox.offline');
    list.replaceChildren();
    return;
  }
  if (inbox.state === 'failed') {
    status.textContent = t('inbox.failed', { detail: problemText(inbox.problem) || String(inbox.status || '') });
    list.replaceChildren();
    return;
  }
  status.textContent = inbox.items.length ? t('inbox.unreadCount', { count: badge || '0' }) : t('inbox.none');
  list.replaceChildren(...inbox.items.map(inboxItem));
}

function inboxItem(item) {
  const unread = isUnread(item);
  return el('li', { class: 'inbox-item' + (unread ? ' unread' : ''), dataset: { itemId: item.id } },
    el('h3', {}, unread ? el('span', { class: 'badge' }, t('inbox.unread')) : null, unread ? ' ' : null, el('bdi', { lang: item.language || null }, item.subject)),
    el('p', {}, el('bdi', { lang: item.language || null }, item.body)),
    el('p', { class: 'muted' }, ltr(i18n.formatDateTime(item.createdAt))),
    unread ? el('button', { type: 'button', class: 'mark-read', onclick: () => readItem(item) }, t('inbox.markRead')) : null);
}

async function readItem(item) {
  try {
    if (await markRead(api, item.id)) await refreshInbox();
  } catch (cut) {
    state.inbox = { state: 'offline' };
    renderInbox();
  }
}

// ---------- start ----------

function wire() {
  $('signin-form').addEventListener('submit', (e) => {
    e.preventDefault();
    signIn($('username').value.trim(), $('password').value);
  });
  $('unlock-form').addEventListener('submit', (e) => {
    e.preventDefault();
    unlock($('unlock-password').value);
  });
  $('switch-account').addEventListener('click', () => showSignIn(''));
  document.querySelectorAll('#nav [data-page]').forEach((b) => b.addEventListener('click', () => {
    show(b.dataset.page);
    if (b.dataset.page === 'sync-page') renderQueue();
    if (b.dataset.page === 'inbox-page') refreshInbox();
  }));
  $('inbox-refresh').addEventListener('click', refreshInbox);
  $('sign-out').addEventListener('click', openSignOut);
  $('wipe-data').addEventListener('click', wipe);
  $('sign-out-keep').addEventListener('click', signOutKeep);
  $('cancel-sign-out').addEventListener('click', () => show('children-page'));
  $('place-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const code = $('place-code').value.trim();
    if (code) downloadPack('placeCode=' + encodeURIComponent(code));
  });
  $('search').addEventListener('input', renderChildren);
  $('new-child').addEventListener('click', openChildForm);
  $('child-form').addEventListener('submit', (e) => {
    e.preventDefault();
    saveChild();
  });
  $('cancel-child').addEventListener('click', () => show('children-page'));
  $('child-back').addEventListener('click', () => {
    renderChildren();
    show('children-page');
  });
  for (const id of ['record-vision', 'record-hearing', 'record-speech']) {
    $(id).addEventListener('click', () => openScreening($(id).dataset.kind));
  }
  $('record-attendance').addEventListener('click', recordAttendance);
  $('method').addEventListener('change', showMethodFields);
  $('screening-form').addEventListener('submit', (e) => {
    e.preventDefault();
    saveScreening();
  });
  $('sync-now').addEventListener('click', syncNow);
  $('lang').replaceChildren(...i18n.LANGUAGES.map((l) => el('option', { value: l.code, lang: l.tag, dir: l.dir }, l.name)));
  $('lang').addEventListener('change', () => chooseLanguage($('lang').value));
  window.addEventListener('online', () => {
    setReachable(true);
    syncNow();
    refreshInbox();
  });
  window.addEventListener('offline', () => {
    renderOnline();
    if (!$('inbox-page').hidden) {
      state.inbox = { state: 'offline' };
      renderInbox();
    }
  });
  for (const type of ['pointerdown', 'keydown', 'input']) document.addEventListener(type, touch, { passive: true });
}

function retranslate() {
  i18n.translate();
  $('lang').value = i18n.language();
  translatePureTone();
  renderOnline();
  if (state.store) {
    renderPack();
    renderChildren();
    renderQueue();
    renderInbox();
  }
  if (!$('unlock-page').hidden) showUnlock();
}

function afterLoad(work) {
  if (document.readyState === 'complete') work();
  else window.addEventListener('load', work, { once: true });
}

function loadClassifier() {
  import('./classification.js')
    .then((m) => {
      state.classify = m.classify;
      try {
        m.classify('{}'); // warms the compiled classifier up, so the first screening is as quick as the rest
      } catch (refused) {
        // an empty request is refused; only the warm-up mattered
      }
    })
    .catch(() => (state.classify = null));
}

async function start() {
  i18n.initLanguage();
  buildPureToneFields();
  wire();
  retranslate();
  idleSeconds();
  // the service worker (which caches the whole shell) and the classifier (106 KB) are fetched once
  // the page has loaded, so that on a slow network they leave the first load its bandwidth
  afterLoad(() => {
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.register('sw.js', { scope: './' }).catch(() => {});
    }
    loadClassifier();
  });
  const last = localStorage.getItem('field.lastAccount');
  if (last && keyrings.get(await hashName(last))) showUnlock();
  else showSignIn();
  performance.mark('field-app-shown'); // the first page a user can act on (FieldAppBenchmark)
}

const ready = start();

window.fieldApp = {
  ready,
  async queueCounts() {
    return state.store ? state.store.counts() : { waiting: 0, sent: 0, attention: 0 };
  },
  /** The queue of the account signed in, decrypted, in capture order (tests replay it by hand). */
  async queueItems() {
    return state.store ? state.store.queue() : [];
  },
  sync: () => syncNow(),
  /** Reads the inbox again (online) and answers what the inbox page shows. */
  async inbox() {
    await refreshInbox();
    return state.inbox;
  },
  lock: () => lock(true),
};
