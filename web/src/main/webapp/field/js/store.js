// The phone's IndexedDB 'langso-field': what the app needs to work with no signal.
//   settings    key → value: token, tokenId, username, bootstrap (GET /me/field), householdsLoadedAt, lastSentAt,
//               sessions (GET /sessions/to-record), attendance-ID (who came to session ID, as the server holds it)
//   households  the caller's households by server id; one added offline sits under its clientId until sent
//   outbox      queued writes by clientId: {kind: 'household'|'visit'|'attendance', body, label, createdAt, status,
//               reason}; visits and attendance may wait for a household added offline (body.householdClientId)
//   followups   GET /me/follow-ups, by id
//   recent      visits the server stored, by id
import { openDB } from '../vendor/idb/index.js';
import { emit } from './util.js';
import { householdSearchText } from './search.js';

const database = openDB('langso-field', 1, {
  upgrade(db) {
    db.createObjectStore('settings');
    db.createObjectStore('households', { keyPath: 'id' }).createIndex('clientId', 'clientId');
    db.createObjectStore('outbox', { keyPath: 'clientId' }).createIndex('createdAt', 'createdAt');
    db.createObjectStore('followups', { keyPath: 'id' });
    db.createObjectStore('recent', { keyPath: 'id' });
  },
});

export const getSetting = async (key) => (await database).get('settings', key);
export const setSetting = async (key, value) => (await database).put('settings', value, key);
export const deleteSetting = async (key) => (await database).delete('settings', key);

/** Replaces a whole store (follow-ups, recent visits) with a fresh list from the server. */
export async function replaceAll(storeName, items) {
  const tx = (await database).transaction(storeName, 'readwrite');
  await tx.store.clear();
  await Promise.all(items.map((item) => tx.store.put(item)));
  await tx.done;
}
export const getAll = async (storeName) => (await database).getAll(storeName);
export const put = async (storeName, item) => (await database).put(storeName, item);

// ---- households

const withSearchText = (household) => ({ ...household, search: householdSearchText(household) });
const isLocal = (household) => typeof household.id === 'string';
/** A queued visit or attendance names its household; one added offline by the clientId it has until sent. */
const waitsFor = (item, householdClientId) =>
  (item.kind === 'visit' || item.kind === 'attendance') && item.body.householdClientId === householdClientId;

export const allHouseholds = async () => getAll('households');
export const householdById = async (id) => (await database).get('households', id);
export const householdByClientId = async (clientId) =>
  clientId ? (await database).getFromIndex('households', 'clientId', clientId) : undefined;
/** The server's list replaces the cached one; households added offline and not yet on it stay. */
export async function replaceServerHouseholds(items) {
  const tx = (await database).transaction('households', 'readwrite');
  const serverClientIds = new Set(items.map((item) => item.clientId).filter(Boolean));
  const keptLocal = (await tx.store.getAll()).filter((h) => isLocal(h) && !serverClientIds.has(h.clientId));
  await tx.store.clear();
  await Promise.all([...items.map(withSearchText), ...keptLocal].map((h) => tx.store.put(h)));
  await tx.done;
}

/**
 * Signing out: forget the area's households and sessions, but not the households added offline that still wait in
 * the outbox.
 */
export async function forgetServerData(keepLocalHouseholds) {
  const tx = (await database).transaction(['households', 'followups', 'recent', 'settings'], 'readwrite');
  const households = tx.objectStore('households');
  const keep = keepLocalHouseholds ? (await households.getAll()).filter(isLocal) : [];
  await Promise.all([households.clear(), tx.objectStore('followups').clear(), tx.objectStore('recent').clear()]);
  const settings = tx.objectStore('settings');
  for (const key of await settings.getAllKeys()) {
    if (key === 'sessions' || String(key).startsWith('attendance-')) await settings.delete(key);
  }
  await Promise.all(keep.map((h) => households.put(h)));
  await tx.done;
}

// ---- outbox

let lastCreatedAt = 0;
/** Strictly increasing, so two saves in one millisecond keep their order. */
export function nextCreatedAt() {
  lastCreatedAt = Math.max(Date.now(), lastCreatedAt + 1);
  return lastCreatedAt;
}

export const outboxItems = async () => (await database).getAllFromIndex('outbox', 'createdAt');
export const outboxItem = async (clientId) => (clientId ? (await database).get('outbox', clientId) : undefined);

/**
 * Queues a write. household: the household added offline, usable at once under its clientId. replacing: the
 * clientId of a parked item this one corrects; it gets a new clientId (the server may hold the old one with other
 * content) but keeps the old place in the order, and a household's visits follow it to its new clientId.
 */
export async function queue(item, { household, replacing } = {}) {
  const tx = (await database).transaction(['outbox', 'households'], 'readwrite');
  const outbox = tx.objectStore('outbox');
  const households = tx.objectStore('households');
  const replaced = replacing ? await outbox.get(replacing) : undefined;
  if (replacing) await outbox.delete(replacing);
  await outbox.put({ ...item, status: 'pending', reason: null, createdAt: replaced?.createdAt ?? nextCreatedAt() });
  if (household) {
    if (replacing) await households.delete(replacing);
    await households.put(withSearchText(household));
  }
  if (household && replacing) {
    for (const visit of await outbox.getAll()) {
      if (waitsFor(visit, replacing)) {
        const body = { ...visit.body, householdClientId: item.clientId };
        await outbox.put({ ...visit, body, status: 'pending', reason: null });
      }
    }
  }
  await tx.done;
  emit('outbox-changed');
  if (household) emit('households-changed');
}

/** Discarding a parked household also drops its record on the phone; its visits stay parked, to be discarded. */
export async function discard(clientId) {
  const tx = (await database).transaction(['outbox', 'households'], 'readwrite');
  const item = await tx.objectStore('outbox').get(clientId);
  await tx.objectStore('outbox').delete(clientId);
  if (item?.kind === 'household') await tx.objectStore('households').delete(clientId);
  await tx.done;
  emit('outbox-changed');
  if (item?.kind === 'household') emit('households-changed');
}

export async function clearOutbox() {
  await (await database).clear('outbox');
  emit('outbox-changed');
}

/** Parks an item with the server's reason; a parked household takes its waiting visits with it. */
export async function park(clientId, reason, dependentReason) {
  const tx = (await database).transaction('outbox', 'readwrite');
  const item = await tx.store.get(clientId);
  if (item) await tx.store.put({ ...item, status: 'parked', reason });
  if (item?.kind === 'household') {
    for (const visit of await tx.store.getAll()) {
      if (visit.status === 'pending' && waitsFor(visit, clientId)) {
        await tx.store.put({ ...visit, status: 'parked', reason: dependentReason });
      }
    }
  }
  await tx.done;
  emit('outbox-changed');
}

/**
 * The server stored a household added offline: its record moves from the clientId to the server's id, and the
 * visits waiting for it learn that id (householdClientId is kept in them too).
 */
export async function householdSent(clientId, stored) {
  const tx = (await database).transaction(['households', 'outbox'], 'readwrite');
  const households = tx.objectStore('households');
  const outbox = tx.objectStore('outbox');
  await households.delete(clientId);
  await households.put(withSearchText({ ...stored, clientId }));
  await outbox.delete(clientId);
  for (const item of await outbox.getAll()) {
    if (waitsFor(item, clientId)) {
      await outbox.put({ ...item, body: { ...item.body, householdId: stored.id } });
    }
  }
  await tx.done;
  emit('outbox-changed');
  emit('households-changed');
}

/** The server stored a visit: out of the outbox, into the recent list. */
export async function visitSent(clientId, stored) {
  const tx = (await database).transaction(['outbox', 'recent'], 'readwrite');
  await tx.objectStore('outbox').delete(clientId);
  await tx.objectStore('recent').put(stored);
  await tx.done;
  emit('outbox-changed');
}

/** The server stored an attendance: out of the outbox, into the session's list of who came (kept for offline). */
export async function attendanceSent(clientId, stored) {
  const tx = (await database).transaction(['outbox', 'settings'], 'readwrite');
  const settings = tx.objectStore('settings');
  const key = `attendance-${stored.occurrenceId}`;
  const known = ((await settings.get(key)) ?? []).filter((attendance) => attendance.id !== stored.id);
  await settings.put([...known, stored], key);
  await tx.objectStore('outbox').delete(clientId);
  await tx.done;
  emit('outbox-changed');
}
