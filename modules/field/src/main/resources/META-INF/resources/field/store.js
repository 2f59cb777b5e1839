// The device store: one IndexedDB database per account (named by a hash of the username). Every
// record's content is sealed by the account's vault (AES-GCM, a random IV per record); only what
// orders and counts the queue (sequence number, status) and record ids are kept in the clear.

import { hashName } from './vault.js';

const VERSION = 1;

/**
 * Every write is flushed to the device's storage before the transaction completes: a capture the
 * app has shown as saved must survive the battery dying the next second (Chromium's default
 * durability, "relaxed", may lose the last writes on a power loss).
 */
const WRITTEN = { durability: 'strict' };

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

  async putMeta(id, value) {
    const sealed = await this.vault.seal(value);
    const tx = this.db.transaction('meta', 'readwrite', WRITTEN);
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

  async updateItem(item) {
    const sealed = await this.vault.seal(item);
    const tx = this.db.transaction('queue', 'readwrite', WRITTEN);
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
