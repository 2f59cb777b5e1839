// The device store, encrypted. The vault: an AES-GCM key derived from the user's password (PBKDF2,
// SHA-256), held only in memory; what is kept on the device per account is the salt, the iteration
// count and a verifier (a known text encrypted with the key), so that the password can be checked
// offline. The store: one IndexedDB database per account (named by a hash of the username); every
// record's content is sealed by the account's vault (AES-GCM, a random IV per record); only what
// orders and counts the queue (sequence number, status) and record ids are kept in the clear.
// (One module, not two: the app's first load over a slow network is bound by its requests.)

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

// ---------- the store ----------

const VERSION = 1;

/**
 * Every write is flushed to the device's storage before the transaction completes: a capture the
 * app has shown as saved must survive the battery dying the next second (Chromium's default
 * durability, "relaxed", may lose the last writes on a power loss).
 */
const WRITTEN = { durability: 'strict' };

/**
 * What the sync writes (an item bound, sent or refused; the bindings) is only bookkeeping: lost in a
 * power cut, the item is sent again with its key and the server answers the original, so these
 * writes skip the flush that would otherwise cost every synced item.
 */
export const BOOKKEEPING = { durability: 'relaxed' };

export async function databaseName(username) {
  return 'field-' + (await hashName(username)).slice(0, 32);
}

function request(r) {
  return new Promise((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}

function done(tx) {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error || new Error('aborted'));
  });
}

export function openDatabase(name) {
  return new Promise((resolve, reject) => {
    const r = indexedDB.open(name, VERSION);
    r.onupgradeneeded = () => {
      const db = r.result;
      db.createObjectStore('meta', { keyPath: 'id' });
      db.createObjectStore('children', { keyPath: 'id' });
      const queue = db.createObjectStore('queue', { keyPath: 'id' });
      queue.createIndex('seq', 'seq', { unique: true });
    };
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
    r.onblocked = () => reject(new Error('database blocked'));
  });
}

export function deleteDatabase(name) {
  return new Promise((resolve, reject) => {
    const r = indexedDB.deleteDatabase(name);
    r.onsuccess = () => resolve();
    r.onerror = () => reject(r.error);
    r.onblocked = () => resolve();
  });
}

/** The store of one account, reading and writing through its vault. */
export class Store {
  constructor(db, vault) {
    this.db = db;
    this.vault = vault;
  }

  static async open(username, vault) {
    const name = await databaseName(username);
    const store = new Store(await openDatabase(name), vault);
    store.name = name;
    return store;
  }

  async getMeta(id) {
    const tx = this.db.transaction('meta');
    const row = await request(tx.objectStore('meta').get(id));
    return row ? this.vault.open(row) : null;
  }

  async putMeta(id, value, durability = WRITTEN) {
    const sealed = await this.vault.seal(value);
    const tx = this.db.transaction('meta', 'readwrite', durability);
    tx.objectStore('meta').put({ id, ...sealed });
    await done(tx);
  }

  /** Every child on the device (pack and registered here), decrypted. */
  async allChildren() {
    const tx = this.db.transaction('children');
    const rows = await request(tx.objectStore('children').getAll());
    const children = await Promise.all(rows.map((row) => this.vault.open(row)));
    // a child registered here and since sent may also come in a later pack: show it once
    const local = new Set(children.filter((c) => c.localId && c.id).map((c) => c.id));
    return children.filter((c) => c.localId || !local.has(c.id));
  }

  async putChild(child) {
    const sealed = await this.vault.seal(child);
    const tx = this.db.transaction('children', 'readwrite', WRITTEN);
    tx.objectStore('children').put({ id: childId(child), ...sealed });
    await done(tx);
  }

  /** Replaces the pack's children; children registered on the device stay. */
  async replacePackChildren(children) {
    const sealed = await Promise.all(children.map((c) => this.vault.seal(c)));
    const tx = this.db.transaction('children', 'readwrite', WRITTEN);
    const os = tx.objectStore('children');
    const keys = await request(os.getAllKeys());
    for (const key of keys) if (String(key).startsWith('p:')) os.delete(key);
    children.forEach((c, i) => os.put({ id: childId(c), ...sealed[i] }));
    await done(tx);
  }

  /** Adds an item at the end of the queue (its capture order), answering it with its seq. */
  async enqueue(item) {
    const sealed = await this.vault.seal(item);
    const tx = this.db.transaction('queue', 'readwrite', WRITTEN);
    const os = tx.objectStore('queue');
    const last = await request(os.index('seq').openCursor(null, 'prev'));
    const seq = last ? last.value.seq + 1 : 1;
    item.seq = seq;
    os.put({ id: item.id, seq, status: item.status, ...sealed });
    await done(tx);
    return item;
  }

  async updateItem(item, durability = WRITTEN) {
    const sealed = await this.vault.seal(item);
    const tx = this.db.transaction('queue', 'readwrite', durability);
    tx.objectStore('queue').put({ id: item.id, seq: item.seq, status: item.status, ...sealed });
    await done(tx);
  }

  async deleteItem(id) {
    const tx = this.db.transaction('queue', 'readwrite', WRITTEN);
    tx.objectStore('queue').delete(id);
    await done(tx);
  }

  /** The queue in capture order, decrypted. */
  async queue() {
    const tx = this.db.transaction('queue');
    const rows = await request(tx.objectStore('queue').index('seq').getAll());
    const items = await Promise.all(rows.map((row) => this.vault.open(row)));
    items.forEach((item, i) => (item.seq = rows[i].seq));
    return items;
  }

  /** Counts by status without decrypting anything. */
  async counts() {
    const tx = this.db.transaction('queue');
    const rows = await request(tx.objectStore('queue').getAll());
    const counts = { waiting: 0, sent: 0, attention: 0 };
    for (const row of rows) counts[String(row.status).toLowerCase()]++;
    return counts;
  }

  close() {
    this.db.close();
  }

  async wipe() {
    this.db.close();
    await deleteDatabase(this.name);
  }
}

/** A child's key on the device: its local id when registered here, else its server id. */
export function childId(child) {
  return child.localId ? 'l:' + child.localId : 'p:' + child.id;
}
