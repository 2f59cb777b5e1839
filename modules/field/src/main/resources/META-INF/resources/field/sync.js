// The queue and its sync. Every item is captured with its Idempotency-Key and sent in capture
// order; an item about a child registered on the device waits for that child's create and is then
// bound to the server id (the rewritten body is stored, and is the one sent for that key from then
// on). Network trouble stops the run and keeps the item WAITING; a refusal keeps it as ATTENTION.

import { differs } from './measurements.js';
import { BOOKKEEPING } from './store.js';

export const WAITING = 'WAITING';
export const SENT = 'SENT';
export const ATTENTION = 'ATTENTION';

const uuid = () => crypto.randomUUID();

/** A new queue item; {@code pathTemplate} may name {patientId}, filled in when bound. */
export function newItem({ kind, pathTemplate, body, patientRef, localRef, offline, label }) {
  const item = {
    id: uuid(),
    key: uuid(),
    kind,
    method: 'POST',
    pathTemplate,
    body,
    patientRef: patientRef || null,
    localRef: localRef || null,
    status: WAITING,
    capturedAt: new Date().toISOString(),
    attempts: 0,
    offline: offline || null,
    label: label || null,
  };
  item.bound = kind === 'patient' || !!patientRef;
  item.path = item.bound ? fill(pathTemplate, patientRef) : null;
  return item;
}

function fill(template, patientId) {
  return template.replace('{patientId}', encodeURIComponent(patientId));
}

/** Binds an item about a child registered here to the child's server id (body and path). */
export function bind(item, patientId) {
  const body = { ...item.body };
  if ('patientId' in body) body.patientId = patientId;
  return { ...item, body, patientRef: patientId, bound: true, path: fill(item.pathTemplate, patientId) };
}

/** Whether a problem's type names a rule (types may be bare names or URIs ending in the name). */
export function typeIs(problem, name) {
  const type = String((problem && problem.type) || '');
  return type === name || type.endsWith('/' + name) || type.endsWith(':' + name);
}

/**
 * What to do with an answer: SENT, RETRY later (the server is busy or the same key is in flight),
 * SIGN_IN again (the token is gone; the queue is kept), DUPLICATE (a resolution screen), ATTENTION.
 */
export function decide(status, problem) {
  if (status >= 200 && status < 300) return 'SENT';
  if (status === 401) return 'SIGN_IN';
  if (status === 408 || status === 429 || status >= 500) return 'RETRY';
  if (status === 409 && typeIs(problem, 'request-in-flight')) return 'RETRY';
  if (status === 409 && (typeIs(problem, 'possible-duplicate') || typeIs(problem, 'duplicate-patient'))) {
    return 'DUPLICATE';
  }
  return 'ATTENTION';
}

/** Milliseconds to wait before the next attempt after {@code failures} failed runs (1 s … 60 s). */
export function backoffDelay(failures) {
  return Math.min(60000, 1000 * 2 ** Math.max(0, failures - 1));
}

/**
 * The items to send now, in capture order: WAITING items whose child is known to the server (bound,
 * or bindable from {@code bindings}); an item whose child's create is not yet done waits.
 */
export function sendable(items, bindings) {
  const out = [];
  for (const item of items) {
    if (item.status !== WAITING) continue;
    if (item.bound) out.push(item);
    else if (bindings[item.localRef]) out.push(bind(item, bindings[item.localRef]));
  }
  return out;
}

/**
 * "Same child as …": the create is dropped, the child is the server's {@code patientId} and every
 * item waiting for it is bound to that id. Answers {drop, rebound, bindings}.
 */
export function resolveSameChild(items, create, patientId, bindings) {
  const next = { ...bindings, [create.localRef]: patientId };
  const rebound = items
    .filter((i) => i.id !== create.id && i.localRef === create.localRef && !i.bound && i.status === WAITING)
    .map((i) => bind(i, patientId));
  return { drop: create.id, rebound, bindings: next };
}

/** "A different child": the create is sent again, acknowledging duplicates, under a NEW key. */
export function resolveDifferentChild(create) {
  return {
    ...create,
    key: uuid(),
    previousKeys: [...(create.previousKeys || []), create.key],
    body: { ...create.body, acknowledgeDuplicates: true },
    status: WAITING,
    answer: null,
    attempts: 0,
  };
}

/**
 * "Child merged away": the item is sent again for the surviving record, under a NEW key (the body
 * changes, and a key is only ever sent with one body).
 */
export function resolveMerged(item, survivorId) {
  return {
    ...bind(item, survivorId),
    key: uuid(),
    previousKeys: [...(item.previousKeys || []), item.key],
    status: WAITING,
    answer: null,
    attempts: 0,
  };
}

/**
 * Sends the queue of a store with {@code fetch}; one run at a time. Callbacks: onChange() after
 * each item; onSignIn() when the server no longer knows the token; language() the tag sent as
 * Accept-Language, so that problems come back in the user's language. Answers a summary.
 */
export class Syncer {
  constructor({ store, fetch, token, onChange = () => {}, onSignIn = () => {}, base = '', language = () => null }) {
    this.store = store;
    this.fetch = fetch;
    this.token = token;
    this.language = language;
    this.onChange = onChange;
    this.onSignIn = onSignIn;
    this.base = base;
    this.failures = 0;
    this.running = null;
    this.timer = null;
    this.notBefore = 0;
  }

  /**
   * Runs now, at most one run at a time; asked again while running (a new capture, a resolved
   * item), it runs once more right after, so nothing waits for the next trigger.
   */
  run() {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      let summary;
      do {
        this.again = false;
        summary = await this.#run();
      } while (this.again && !summary.stopped);
      return summary;
    })().finally(() => (this.running = null));
    return this.running;
  }

  /** Whether the backoff allows an automatic run now. */
  due(now = Date.now()) {
    return now >= this.notBefore;
  }

  async #run() {
    const summary = { sent: 0, attention: 0, stopped: null };
    const token = this.token();
    if (!token) {
      summary.stopped = 'SIGN_IN';
      return summary;
    }
    // The bookkeeping of each item is written while the next item is on its way, one write after
    // another; the run ends when the last one is written. A write that fails leaves the item
    // WAITING on the device, and it is sent again, with its key, at the next sync: the server
    // answers the original.
    let written = Promise.resolve();
    const keep = (write) => {
      written = written.then(write).catch(() => {});
    };
    const summarised = await this.#send(summary, token, keep);
    await written;
    return summarised;
  }

  async #send(summary, token, keep) {
    const items = await this.store.queue();
    let bindings = (await this.store.getMeta('bindings')) || {};
    const blocked = new Set();
    for (let item of items) {
      if (item.status !== WAITING) continue;
      if (!item.bound) {
        const id = bindings[item.localRef];
        if (!id || blocked.has(item.localRef)) continue;
        item = bind(item, id);
        const bound = item;
        keep(() => this.store.updateItem(bound, BOOKKEEPING));
      }
      let response;
      let problem = null;
      const headers = {
        Authorization: 'Bearer ' + token,
        'Content-Type': 'application/json',
        Accept: 'application/json, application/problem+json',
        'Idempotency-Key': item.key,
      };
      const language = this.language();
      if (language) headers['Accept-Language'] = language;
      try {
        response = await this.fetch(this.base + item.path, {
          method: item.method,
          headers,
          body: JSON.stringify(item.body),
        });
        const text = await response.text();
        problem = text ? safeJson(text) : null;
      } catch (networkError) {
        return this.#stop(summary, 'NETWORK');
      }
      const decision = decide(response.status, problem);
      if (decision === 'RETRY') return this.#stop(summary, 'RETRY');
      if (decision === 'SIGN_IN') {
        this.onSignIn();
        summary.stopped = 'SIGN_IN';
        return summary;
      }
      item.attempts = (item.attempts || 0) + 1;
      item.answer = { status: response.status, body: problem };
      if (decision === 'SENT') {
        item.status = SENT;
        item.sentAt = new Date().toISOString();
        if (item.kind === 'patient' && problem && problem.id) {
          bindings = { ...bindings, [item.localRef]: problem.id };
          const known = bindings;
          keep(() => this.store.putMeta('bindings', known, BOOKKEEPING));
        }
        if (item.kind === 'screening') item.differs = differs(item.offline, problem);
        summary.sent++;
      } else {
        item.status = ATTENTION;
        item.duplicate = decision === 'DUPLICATE';
        if (item.kind === 'patient') blocked.add(item.localRef);
        summary.attention++;
      }
      const answered = item;
      keep(() => this.store.updateItem(answered, BOOKKEEPING));
      keep(() => this.onChange(answered));
    }
    this.failures = 0;
    this.notBefore = 0;
    return summary;
  }

  #stop(summary, why) {
    this.failures++;
    this.notBefore = Date.now() + backoffDelay(this.failures);
    summary.stopped = why;
    summary.retryIn = backoffDelay(this.failures);
    return summary;
  }
}

function safeJson(text) {
  try {
    return JSON.parse(text);
  } catch (notJson) {
    return { detail: text.slice(0, 200) };
  }
}
