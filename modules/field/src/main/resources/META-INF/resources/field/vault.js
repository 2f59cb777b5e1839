// The vault: an AES-GCM key derived from the user's password (PBKDF2, SHA-256), held only in
// memory. What is kept on the device per account is the salt, the iteration count and a verifier
// (a known text encrypted with the key), so that the password can be checked offline.

export const ITERATIONS = 250000;
const VERIFIER_TEXT = 'alliancecare-field-vault-v1';
const enc = new TextEncoder();
const dec = new TextDecoder();

export function toBase64(bytes) {
  let s = '';
  const b = new Uint8Array(bytes);
  for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
  return btoa(s);
}

export function fromBase64(text) {
  const s = atob(text);
  const b = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) b[i] = s.charCodeAt(i);
  return b;
}

/** Hex SHA-256 of a text: names an account's database and settings without showing the name. */
export async function hashName(text) {
  const digest = await crypto.subtle.digest('SHA-256', enc.encode('alliancecare-field:' + text.trim().toLowerCase()));
  return Array.from(new Uint8Array(digest), (x) => x.toString(16).padStart(2, '0')).join('');
}

export async function deriveKey(password, salt, iterations = ITERATIONS) {
  const material = await crypto.subtle.importKey('raw', enc.encode(password), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** A vault: encrypts and decrypts JSON values with a random 96-bit IV per record. */
export class Vault {
  constructor(key) {
    this.key = key;
  }

  async seal(value) {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, this.key, enc.encode(JSON.stringify(value)));
    return { iv: toBase64(iv), ct: toBase64(data) };
  }

  async open(sealed) {
    const data = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: fromBase64(sealed.iv) },
      this.key,
      fromBase64(sealed.ct),
    );
    return JSON.parse(dec.decode(data));
  }
}

/** Creates a fresh vault for a password: a new random salt, and the verifier to keep. */
export async function createVault(password, iterations = ITERATIONS) {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const vault = new Vault(await deriveKey(password, salt, iterations));
  const verifier = await vault.seal(VERIFIER_TEXT);
  return { vault, keyring: { salt: toBase64(salt), iterations, verifier } };
}

/** Opens the vault of a keyring with a password; null when the password is not the one. */
export async function openVault(password, keyring) {
  const vault = new Vault(await deriveKey(password, fromBase64(keyring.salt), keyring.iterations));
  try {
    return (await vault.open(keyring.verifier)) === VERIFIER_TEXT ? vault : null;
  } catch (wrongKey) {
    return null;
  }
}

/** Where keyrings are kept: localStorage, one entry per account, named by the hash of its name. */
export function keyringStore(storage = globalThis.localStorage) {
  return {
    get(accountHash) {
      const raw = storage.getItem('field.keyring.' + accountHash);
      return raw ? JSON.parse(raw) : null;
    },
    put(accountHash, keyring) {
      storage.setItem('field.keyring.' + accountHash, JSON.stringify(keyring));
    },
    remove(accountHash) {
      storage.removeItem('field.keyring.' + accountHash);
    },
  };
}
