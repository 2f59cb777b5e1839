import { test, assert, eq } from './runner.js';
import { createVault } from '../field/store.js';
import { Store } from '../field/store.js';
import {
  Syncer, newItem, decide, backoffDelay, sendable, bind, resolveSameChild, resolveDifferentChild, resolveMerged,
  WAITING, SENT, ATTENTION,
} from '../field/sync.js';

/**
 * A fake server behind an injected fetch: it keeps idempotency keys as the real one does (same key
 * and body → the original answer; same key, other body → 422) and counts what it created.
 */
function fakeServer() {
  const server = {
    keys: new Map(),
    created: [],
    calls: [],
    cutBefore: null, // cut the network before the n-th call reaches the server
    cutAfter: null, // the n-th call commits, then its answer is lost
    refuse: null, // (path, body) → {status, body} to refuse instead of creating
    token: 'T1',
  };
  let n = 0;
  server.fetch = async (path, init) => {
    n++;
    server.calls.push({ path, key: init.headers['Idempotency-Key'], language: init.headers['Accept-Language'], body: JSON.parse(init.body) });
    if (server.cutBefore === n) throw new TypeError('Failed to fetch');
    if (init.headers.Authorization !== 'Bearer ' + server.token) return json(401, { type: 'unauthorized', title: 'Unauthorized', status: 401 });
    const key = init.headers['Idempotency-Key'];
    const seen = server.keys.get(key);
    let answer;
    if (seen) {
      answer = seen.body === init.body ? seen.answer : { status: 422, body: { type: 'idempotency-key-reused', status: 422 } };
    } else {
      const body = JSON.parse(init.body);
      answer = (server.refuse && server.refuse(path, body)) || null;
      if (!answer) {
        const id = (path === '/api/patients' ? 'P' : 'R') + (server.created.length + 1);
        server.created.push({ id, path, key, body });
        answer = { status: 201, body: path === '/api/screenings' ? { id, result: 'PASS', classification: { reasons: [] } } : { id } };
        server.keys.set(key, { body: init.body, answer });
      }
    }
    if (server.cutAfter === n) throw new TypeError('Failed to fetch');
    return json(answer.status, answer.body);
  };
  return server;
}

function json(status, body) {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

async function freshStore() {
  return Store.open('sync.' + crypto.randomUUID(), (await createVault('a-long-password')).vault);
}

function registration(localId) {
  return [
    newItem({ kind: 'patient', pathTemplate: '/api/patients', body: { name: '阿依古丽', sex: 'FEMALE', birthDate: '2016-01-01', placeCode: '652901', guardians: [{ name: '母亲', relationship: '母亲' }] }, localRef: localId }),
    newItem({ kind: 'consent', pathTemplate: '/api/patients/{patientId}/consents', body: { guardianName: '母亲', relationship: '母亲', scopes: ['SCREENING'], givenOn: '2026-05-04' }, localRef: localId }),
    newItem({ kind: 'screening', pathTemplate: '/api/screenings', body: { patientId: null, kind: 'SPEECH', method: 'CLINICIAN', performedAt: '2026-05-04T03:00:00Z', measurements: { outcome: 'PASS' } }, localRef: localId, offline: { result: 'PASS', classification: { reasons: [] } } }),
  ];
}

function screeningOf(patientId) {
  return newItem({ kind: 'screening', pathTemplate: '/api/screenings', body: { patientId, kind: 'SPEECH', method: 'CLINICIAN', performedAt: '2026-05-04T03:00:00Z', measurements: { outcome: 'PASS' } }, patientRef: patientId });
}

async function enqueueAll(store, items) {
  for (const item of items) await store.enqueue(item);
}

test('sync: decisions for each kind of answer', () => {
  eq(decide(201, {}), 'SENT');
  eq(decide(200, {}), 'SENT');
  eq(decide(401, {}), 'SIGN_IN');
  eq(decide(503, {}), 'RETRY');
  eq(decide(409, { type: 'request-in-flight' }), 'RETRY');
  eq(decide(409, { type: 'https://alliancecare.example/problems/possible-duplicate' }), 'DUPLICATE');
  eq(decide(409, { type: 'duplicate-patient' }), 'DUPLICATE');
  eq(decide(409, { type: 'no-consent' }), 'ATTENTION');
  eq(decide(400, { type: 'invalid-input' }), 'ATTENTION');
  eq(decide(404, {}), 'ATTENTION');
  eq(decide(422, {}), 'ATTENTION');
});

test('sync: backoff doubles from 1 s up to 60 s', () => {
  eq([1, 2, 3, 4, 5, 6, 7, 10].map(backoffDelay), [1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000]);
});

test('sync: items about a child registered here wait for its create, then are bound', () => {
  const [create, consent, screening] = registration('L1');
  eq(sendable([create, consent, screening], {}).map((i) => i.kind), ['patient']);
  const bound = sendable([consent, screening], { L1: 'P7' });
  eq(bound.map((i) => i.path), ['/api/patients/P7/consents', '/api/screenings']);
  eq(bound[1].body.patientId, 'P7');
  eq(bind(consent, 'P7').body.patientId, undefined, 'a consent has no patientId in its body');
});

test('sync: sends in capture order with each item\'s key; binds and stores the rewritten body', async () => {
  const store = await freshStore();
  const server = fakeServer();
  const items = [screeningOf('P0'), ...registration('L1'), screeningOf('P0')];
  await enqueueAll(store, items);
  const summary = await new Syncer({ store, fetch: server.fetch, token: () => server.token }).run();
  eq(summary.sent, 5);
  eq(server.calls.map((c) => c.path), ['/api/screenings', '/api/patients', '/api/patients/P2/consents', '/api/screenings', '/api/screenings']);
  eq(server.calls.map((c) => c.key), items.map((i) => i.key));
  eq(server.calls[3].body.patientId, 'P2');
  const stored = await store.queue();
  eq(stored.map((i) => i.status), [SENT, SENT, SENT, SENT, SENT]);
  eq(stored[3].body.patientId, 'P2', 'the rewritten body is the stored one');
  eq(await store.getMeta('bindings'), { L1: 'P2' });
  await store.wipe();
});

test('sync: every call carries the chosen language as Accept-Language; a Uyghur-only name is sent as nameUg', async () => {
  const store = await freshStore();
  const server = fakeServer();
  let language = 'ug-CN';
  const create = newItem({
    kind: 'patient', pathTemplate: '/api/patients', localRef: 'L9',
    body: { nameUg: 'ئايگۈل ياسىن', sex: 'FEMALE', birthDate: '2018-01-20', placeCode: '652901', guardians: [{ nameUg: 'ياسىن ئابلىز', relationship: 'ئاتىسى' }] },
  });
  await enqueueAll(store, [create, screeningOf('P0')]);
  const syncer = new Syncer({ store, fetch: server.fetch, token: () => server.token, language: () => language });
  server.cutBefore = 2;
  await syncer.run();
  language = 'zh-CN';
  await syncer.run();
  eq(server.calls.map((c) => c.language), ['ug-CN', 'ug-CN', 'zh-CN'], 'the language at the time of each call');
  eq(server.calls[0].body.nameUg, 'ئايگۈل ياسىن');
  eq('name' in server.calls[0].body, false, 'no empty Chinese name is sent');
  await store.wipe();
});

test('sync: a network cut stops the run, keeps the item WAITING and backs off; a lost answer is not a duplicate', async () => {
  const store = await freshStore();
  const server = fakeServer();
  await enqueueAll(store, [...registration('L1'), screeningOf('P0')]);
  server.cutAfter = 1; // the create commits on the server, its answer is lost
  const syncer = new Syncer({ store, fetch: server.fetch, token: () => server.token });
  const first = await syncer.run();
  eq(first.stopped, 'NETWORK');
  eq(first.retryIn, 1000);
  assert(!syncer.due(Date.now()), 'not due during the backoff');
  eq((await store.queue()).map((i) => i.status), [WAITING, WAITING, WAITING, WAITING]);
  server.cutBefore = 2;
  const second = await syncer.run();
  eq(second.stopped, 'NETWORK');
  eq(second.retryIn, 2000);
  server.cutBefore = null;
  const third = await syncer.run();
  eq(third.stopped, null);
  eq(server.created.filter((c) => c.path === '/api/patients').length, 1, 'exactly one child created');
  eq(server.created.length, 4, 'create, consent, two screenings: each once');
  // replaying the whole queue by hand: same keys, same bodies → the same answers, nothing new
  for (const item of await store.queue()) {
    await store.updateItem({ ...item, status: WAITING });
  }
  await syncer.run();
  eq(server.created.length, 4, 'still exactly once');
  await store.wipe();
});

test('sync: 401 stops, asks to sign in and keeps the queue', async () => {
  const store = await freshStore();
  const server = fakeServer();
  await enqueueAll(store, [screeningOf('P0'), screeningOf('P0')]);
  let asked = 0;
  const summary = await new Syncer({ store, fetch: server.fetch, token: () => 'expired', onSignIn: () => asked++ }).run();
  eq(summary.stopped, 'SIGN_IN');
  eq(asked, 1);
  eq(await store.counts(), { waiting: 2, sent: 0, attention: 0 });
  await store.wipe();
});

test('sync: a refusal needs attention, with the problem kept, and its dependants wait', async () => {
  const store = await freshStore();
  const server = fakeServer();
  server.refuse = (path) => (path === '/api/patients'
    ? { status: 400, body: { type: 'invalid-input', title: 'Bad Request', status: 400, errors: [{ field: 'birthDate', message: 'in the future' }] } }
    : null);
  await enqueueAll(store, [...registration('L1'), screeningOf('P0')]);
  const summary = await new Syncer({ store, fetch: server.fetch, token: () => server.token }).run();
  eq(summary, { sent: 1, attention: 1, stopped: null });
  const [create, consent, screening, other] = await store.queue();
  eq(create.status, ATTENTION);
  eq(create.answer.body.errors[0].field, 'birthDate');
  eq([consent.status, screening.status, other.status], [WAITING, WAITING, SENT]);
  eq(server.calls.length, 2, 'nothing sent for the refused child');
  await store.wipe();
});

test('sync: in-flight and server errors are retried later, not given up', async () => {
  const store = await freshStore();
  const server = fakeServer();
  server.refuse = () => ({ status: 409, body: { type: 'request-in-flight', status: 409 } });
  await enqueueAll(store, [screeningOf('P0')]);
  const summary = await new Syncer({ store, fetch: server.fetch, token: () => server.token }).run();
  eq(summary.stopped, 'RETRY');
  eq(await store.counts(), { waiting: 1, sent: 0, attention: 0 });
  await store.wipe();
});

test('sync: possible duplicate → "same child" drops the create and rebinds its dependants', async () => {
  const store = await freshStore();
  const server = fakeServer();
  server.refuse = (path, body) => (path === '/api/patients' && !body.acknowledgeDuplicates
    ? { status: 409, body: { type: 'possible-duplicate', status: 409, candidates: [{ id: 'P100', name: '古丽米热·买买提', birthDate: '2015-03-15' }] } }
    : null);
  await enqueueAll(store, registration('L1'));
  const syncer = new Syncer({ store, fetch: server.fetch, token: () => server.token });
  await syncer.run();
  let items = await store.queue();
  assert(items[0].duplicate && items[0].status === ATTENTION, 'the create needs attention as a duplicate');
  const outcome = resolveSameChild(items, items[0], 'P100', {});
  eq(outcome.drop, items[0].id);
  eq(outcome.bindings, { L1: 'P100' });
  eq(outcome.rebound.map((i) => i.path), ['/api/patients/P100/consents', '/api/screenings']);
  eq(outcome.rebound[1].body.patientId, 'P100');
  await store.putMeta('bindings', outcome.bindings);
  for (const i of outcome.rebound) await store.updateItem(i);
  await store.deleteItem(outcome.drop);
  await syncer.run();
  items = await store.queue();
  eq(items.map((i) => i.status), [SENT, SENT]);
  eq(server.created.map((c) => c.path), ['/api/patients/P100/consents', '/api/screenings']);
  eq(server.created[1].body.patientId, 'P100');
  await store.wipe();
});

test('sync: possible duplicate → "a different child" resends with acknowledgeDuplicates under a new key', async () => {
  const [create] = registration('L1');
  const again = resolveDifferentChild({ ...create, status: ATTENTION, duplicate: true, answer: { status: 409 } });
  assert(again.key !== create.key, 'a new key');
  eq(again.previousKeys, [create.key]);
  eq(again.body.acknowledgeDuplicates, true);
  eq(again.status, WAITING);
  eq(again.answer, null);
  eq(create.body.acknowledgeDuplicates, undefined, 'the original is not changed');
});

test('sync: the server\'s screening answer is compared with the offline one', async () => {
  const store = await freshStore();
  const server = fakeServer();
  const same = screeningOf('P0');
  same.offline = { result: 'PASS', classification: { reasons: [] } };
  const other = screeningOf('P0');
  other.offline = { result: 'REFER', classification: { reasons: ['x'] } };
  await enqueueAll(store, [same, other]);
  await new Syncer({ store, fetch: server.fetch, token: () => server.token }).run();
  eq((await store.queue()).map((i) => i.differs), [false, true]);
  await store.wipe();
});

test('sync: child merged away → the item goes to the surviving record under a new key', () => {
  const [, consent] = registration('L1');
  const refused = { ...bind(consent, 'P5'), status: ATTENTION, answer: { status: 409, body: { type: 'patient-merged', mergedInto: 'P6' } } };
  const again = resolveMerged(refused, 'P6');
  eq(again.path, '/api/patients/P6/consents');
  eq(again.status, WAITING);
  assert(again.key !== refused.key, 'a new key for a new body');
  eq(again.previousKeys, [refused.key]);
  const screening = resolveMerged({ ...screeningOf('P5'), status: ATTENTION }, 'P6');
  eq([screening.body.patientId, screening.path], ['P6', '/api/screenings']);
});

test('sync: asked again while running, it runs once more, so a late capture is not left behind', async () => {
  const store = await freshStore();
  const server = fakeServer();
  await enqueueAll(store, [screeningOf('P0')]);
  let release;
  let reached;
  const atServer = new Promise((r) => (reached = r));
  const gate = new Promise((r) => (release = r));
  const gated = async (...args) => {
    reached();
    await gate; // the first item is on its way while the doctor captures the next one
    return server.fetch(...args);
  };
  const syncer = new Syncer({ store, fetch: gated, token: () => server.token });
  const first = syncer.run();
  await atServer;
  await store.enqueue(screeningOf('P0'));
  const second = syncer.run();
  release();
  assert(first === second, 'one run at a time');
  await second;
  eq(await store.counts(), { waiting: 0, sent: 2, attention: 0 });
  eq(server.created.length, 2);
  await store.wipe();
});
