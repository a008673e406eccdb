// Sends the queued writes. Every item carries the UUID made on the phone and the server is idempotent on it, so
// sending again after a lost answer is always safe. Rules:
//  - one flush at a time; a request to flush during one runs another right after it;
//  - items go in createdAt order; a refused item (4xx but 401/408/429) is parked with the server's reason and the
//    flush goes on, so a parked item never blocks the rest;
//  - no answer, 5xx, 408, 429 end this flush and leave the items pending (retried every 60 s while online);
//  - 401 ends it too, keeps everything, and asks to sign in again.
import { request, ApiError } from './api.js';
import * as store from './store.js';
import { t } from './text.js';
import { emit, on } from './util.js';

const RETRY_EVERY_MS = 60000;
let running = null;
let runAgain = false;
let manualAgain = false;
let hasToken = () => false;

/** outcome of sending one item: go on with the next, or stop this flush. */
const NEXT = 'next';
const STOP = 'stop';

export function startOutbox(tokenPresent) {
  hasToken = tokenPresent;
  window.addEventListener('online', () => flush());
  setInterval(async () => {
    if (navigator.onLine && hasToken() && (await pendingItems()).length > 0) flush();
  }, RETRY_EVERY_MS);
  on('outbox-changed', showCounts);
}

const pendingItems = async () => (await store.outboxItems()).filter((item) => item.status === 'pending');

/**
 * Starts a flush, or asks the running one to go round once more (something was saved, the signal came back, or
 * "Send now" was pressed meanwhile); resolves with the report of the last round.
 */
export function flush({ manual = false } = {}) {
  if (running) {
    runAgain = true;
    manualAgain ||= manual;
    return running;
  }
  document.body.dataset.flushing = 'true'; // set at once, so a click on "Send now" shows it before any await
  running = (async () => {
    let report;
    do {
      runAgain = false;
      report = await flushOnce();
      announce(report, manual);
      manual = manualAgain;
      manualAgain = false;
    } while (runAgain);
    return report;
  })().finally(() => {
    running = null;
    document.body.dataset.flushing = 'false';
  });
  return running;
}

async function flushOnce() {
  const report = { sent: 0, parked: 0, visitsSent: 0, stoppedBy: null, pendingAtStart: 0 };
  if (!hasToken()) return report;
  try {
    const items = await pendingItems();
    report.pendingAtStart = items.length;
    for (const item of items) {
      if ((await sendOne(item, report)) === STOP) break;
    }
    if (report.sent) await store.setSetting('lastSentAt', new Date().toISOString());
  } catch (error) {
    report.stoppedBy = { kind: 'bug', detail: String(error?.message ?? error) };
  } finally {
    await showCounts();
  }
  if (report.visitsSent) emit('visits-sent');
  if (report.attendanceSent) emit('attendance-sent');
  return report;
}

async function sendOne(item, report) {
  const current = await store.outboxItem(item.clientId); // discarded or edited meanwhile?
  if (current?.status !== 'pending') return NEXT;
  try {
    const send = { household: sendHousehold, visit: sendVisit, attendance: sendAttendance }[current.kind];
    const sent = await send(current, report);
    if (sent) report.sent++;
    return NEXT;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.kind === 'refused') {
      await store.park(current.clientId, error.detail, t('fieldapp.outbox.householdRefused', current.label));
      report.parked++;
      return NEXT;
    }
    report.stoppedBy = { kind: error.kind, detail: error.detail };
    if (error.kind === 'auth') emit('auth-lost');
    return STOP;
  }
}

async function sendHousehold(item) {
  const stored = await request('POST', 'households', { body: item.body, timeoutMs: 20000 });
  if (stored?.id == null) throw new ApiError('retry', 0, t('fieldapp.error.unexpected'));
  await store.householdSent(item.clientId, stored);
  return true;
}

/**
 * The body with its household's server id, or null when it must wait for that household (still queued) or is parked
 * because that household was refused or is gone.
 */
async function withHouseholdId(item, report) {
  const body = { ...item.body };
  if (body.householdId != null || body.householdClientId == null) return body;
  const householdItem = await store.outboxItem(body.householdClientId);
  if (householdItem?.status === 'parked') {
    await store.park(item.clientId, t('fieldapp.outbox.householdRefused', householdItem.label));
    report.parked++;
    return null;
  }
  if (householdItem) return null;
  const household = await store.householdByClientId(body.householdClientId);
  if (typeof household?.id !== 'number') {
    await store.park(item.clientId, t('fieldapp.outbox.householdMissing'));
    report.parked++;
    return null;
  }
  body.householdId = household.id;
  return body;
}

/** false when the visit waits for its household; parks it when that household was refused or is gone. */
async function sendVisit(item, report) {
  const body = await withHouseholdId(item, report);
  if (!body) return false;
  const path = `visits/${encodeURIComponent(item.clientId)}`;
  const stored = await request('PUT', path, { body, timeoutMs: 20000 });
  if (!stored?.id) throw new ApiError('retry', 0, t('fieldapp.error.unexpected'));
  await store.visitSent(item.clientId, stored);
  report.visitsSent++;
  return true;
}

/** Who came to a session; waits for a household added offline like a visit does. */
async function sendAttendance(item, report) {
  const body = await withHouseholdId(item, report);
  if (!body) return false;
  const stored = await request('PUT', `attendance/${encodeURIComponent(item.clientId)}`, { body, timeoutMs: 20000 });
  if (!stored?.id) throw new ApiError('retry', 0, t('fieldapp.error.unexpected'));
  await store.attendanceSent(item.clientId, stored);
  report.attendanceSent = (report.attendanceSent ?? 0) + 1;
  return true;
}

/**
 * Tells what a flush did. A flush nobody asked for says nothing about a missing signal (the header shows it, and
 * "saved" must stay on screen after a save); "Send now" always gets an answer.
 */
function announce(report, manual) {
  const stop = report.stoppedBy;
  if (stop?.kind === 'auth') return; // the sign-in form says it
  const parts = [];
  if (report.sent) parts.push(t('fieldapp.outbox.sent', report.sent));
  if (report.parked) parts.push(t('fieldapp.outbox.parkedNow', report.parked));
  if (stop?.kind === 'bug' || (stop && manual)) {
    parts.push(stop.kind === 'network' ? t('fieldapp.outbox.willRetry') : t('fieldapp.outbox.stopped', stop.detail));
  }
  if (!parts.length && manual) parts.push(t(report.pendingAtStart ? 'fieldapp.outbox.nothingSent' : 'fieldapp.outbox.empty'));
  if (parts.length) emit('status', { text: parts.join(' '), error: Boolean(stop || report.parked) });
}

/** Header count and body data attributes; every outbox item counts as unsent, parked ones too. */
export async function showCounts() {
  const items = await store.outboxItems();
  const parked = items.filter((item) => item.status === 'parked').length;
  document.body.dataset.unsent = String(items.length);
  emit('counts', { unsent: items.length, parked });
}
