import { test, assert, eq } from './runner.js';
import { createVault, openVault, hashName, keyringStore, ITERATIONS } from '../field/store.js';

test('vault: a sealed record opens again with the same password', async () => {
  const { vault, keyring } = await createVault('Jiamu-clinic-2024');
  const sealed = await vault.seal({ name: '古丽米热·买买提', birthDate: '2015-03-15' });
  const reopened = await openVault('Jiamu-clinic-2024', keyring);
  assert(reopened, 'the right password opens the vault');
  eq(await reopened.open(sealed), { name: '古丽米热·买买提', birthDate: '2015-03-15' });
});

test('vault: a wrong password opens nothing', async () => {
  const { vault, keyring } = await createVault('Jiamu-clinic-2024');
  eq(await openVault('jiamu-clinic-2024', keyring), null);
  const { vault: other } = await createVault('Jiamu-clinic-2024');
  const sealed = await vault.seal({ x: 1 });
  let refused = false;
  try {
    await other.open(sealed);
  } catch (e) {
    refused = true;
  }
  assert(refused, 'the same password with another salt is another key');
});

test('vault: every record gets its own IV, and the text is not readable', async () => {
  const { vault, keyring } = await createVault('Jiamu-clinic-2024');
  const a = await vault.seal({ name: '张三' });
  const b = await vault.seal({ name: '张三' });
  assert(a.iv !== b.iv, 'IVs differ');
  assert(a.ct !== b.ct, 'ciphertexts differ');
  assert(!JSON.stringify(a).includes('张三') && !atob(a.ct).includes('name'), 'no plain text');
  assert(keyring.iterations >= 200000 && ITERATIONS >= 200000, 'PBKDF2 ≥ 200k iterations');
  assert(!JSON.stringify(keyring).includes('Jiamu'), 'the keyring holds no password');
});

test('vault: account names are hashed, and keyrings are kept per account', async () => {
  const a = await hashName('doctor.wensu');
  eq(a, await hashName(' Doctor.Wensu '));
  assert(a !== (await hashName('doctor.kuqa')));
  const memory = new Map();
  const storage = { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => memory.set(k, v), removeItem: (k) => memory.delete(k) };
  const keyrings = keyringStore(storage);
  keyrings.put(a, { salt: 's', iterations: 1, verifier: {} });
  eq(keyrings.get(a).salt, 's');
  eq(keyrings.get(await hashName('doctor.kuqa')), null);
  assert(![...memory.keys()].some((k) => k.includes('wensu')), 'no account name in the keys');
  keyrings.remove(a);
  eq(keyrings.get(a), null);
});
