import { test, assert, eq } from './runner.js';
import { createVault } from '../field/store.js';
import { Store, databaseName, openDatabase } from '../field/store.js';

const unique = () => 'test.' + crypto.randomUUID();

test('store: each account has its own database, named by a hash', async () => {
  const a = await databaseName('doctor.wensu');
  assert(a.startsWith('field-') && !a.includes('wensu'), a);
  assert(a !== (await databaseName('doctor.kuqa')));
});

test('store: another account on the same profile sees nothing of the first one', async () => {
  const alice = unique();
  const bob = unique();
  const va = (await createVault('password-of-alice')).vault;
  const vb = (await createVault('password-of-bob')).vault;
  const sa = await Store.open(alice, va);
  await sa.putChild({ id: 'P1', name: '古丽米热·买买提', birthDate: '2015-03-15' });
  await sa.enqueue({ id: 'q1', key: 'k1', status: 'WAITING', body: { name: '古丽米热·买买提' } });
  await sa.putMeta('session', { token: 'secret-token-a' });
  const sb = await Store.open(bob, vb);
  eq((await sb.allChildren()).length, 0, 'children of bob');
  eq((await sb.queue()).length, 0, 'queue of bob');
  eq(await sb.getMeta('session'), null, 'session of bob');
  // even opening alice's database with bob's key reads nothing
  const raw = new Store(await openDatabase(sa.name), vb);
  let refused = 0;
  try { await raw.allChildren(); } catch (e) { refused++; }
  try { await raw.queue(); } catch (e) { refused++; }
  eq(refused, 2, 'decryptions refused');
  raw.close();
  await sa.wipe();
  await sb.wipe();
});

test('store: records are sealed at rest, the queue keeps capture order and counts', async () => {
  const name = unique();
  const vault = (await createVault('a-long-password')).vault;
  const store = await Store.open(name, vault);
  for (let i = 0; i < 5; i++) await store.enqueue({ id: 'q' + i, key: 'k' + i, status: i === 3 ? 'SENT' : 'WAITING', body: { n: i, name: '阿依古丽' } });
  eq((await store.queue()).map((q) => q.id), ['q0', 'q1', 'q2', 'q3', 'q4']);
  eq((await store.queue()).map((q) => q.seq), [1, 2, 3, 4, 5]);
  eq(await store.counts(), { waiting: 4, sent: 1, attention: 0 });
  await store.putChild({ localId: 'L1', name: '阿依古丽', birthDate: '2016-01-01' });
  const db = await openDatabase(store.name);
  const rows = await new Promise((resolve) => {
    const r = db.transaction(['queue']).objectStore('queue').getAll();
    r.onsuccess = () => resolve(r.result);
  });
  const kids = await new Promise((resolve) => {
    const r = db.transaction(['children']).objectStore('children').getAll();
    r.onsuccess = () => resolve(r.result);
  });
  db.close();
  assert(!JSON.stringify(rows).includes('阿依古丽') && !JSON.stringify(kids).includes('阿依古丽'), 'no name in the clear');
  assert(rows.every((r) => r.iv && r.ct), 'every row sealed');
  await store.wipe();
});

test('store: a new pack replaces pack children and keeps children registered here', async () => {
  const store = await Store.open(unique(), (await createVault('a-long-password')).vault);
  await store.replacePackChildren([{ id: 'P1', name: 'a' }, { id: 'P2', name: 'b' }]);
  await store.putChild({ localId: 'L1', name: 'c' });
  await store.putChild({ localId: 'L2', id: 'P9', name: 'd' });
  await store.replacePackChildren([{ id: 'P3', name: 'e' }, { id: 'P9', name: 'd' }]);
  const names = (await store.allChildren()).map((c) => c.name).sort();
  eq(names, ['c', 'd', 'e']);
  await store.wipe();
});
