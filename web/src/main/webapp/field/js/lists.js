// The three list screens: follow-ups due, recent visits (sent and not yet sent), and the outbox with parked items.
// Each shows what the phone holds, and refreshes from the server when there is a signal.
import { $, el } from './dom.js';
import { emit, on, formatDate, vietnamToday, vietnamDateTime } from './util.js';
import { t } from './text.js';
import { request } from './api.js';
import * as store from './store.js';

export function initLists() {
  $('#followup-refresh').addEventListener('click', () => refreshFollowups(true));
  $('#visits-refresh').addEventListener('click', () => refreshRecent(true));
  $('#followup-list').addEventListener('click', async (event) => {
    const id = event.target.closest('li.followup')?.dataset.id;
    const followUp = (await store.getAll('followups')).find((f) => String(f.id) === id);
    if (followUp) emit('open-visit', { followUp });
  });
  $('#parked-list').addEventListener('click', onParkedAction);
  $('#visit-list').addEventListener('click', async (event) => {
    const id = event.target.closest('button.sent-edit')?.closest('li.visit')?.dataset.id;
    const visit = id && (await store.getAll('recent')).find((candidate) => candidate.id === id);
    if (visit) emit('open-visit', { sent: visit });
  });
  on('outbox-changed', () => Promise.all([renderOutbox(), renderRecent()]));
  on('texts-changed', renderAll);
}

export const renderAll = () => Promise.all([renderFollowups(), renderRecent(), renderOutbox()]);

/** Loads a list from the server into its store; without a signal the stored one stays. */
async function refresh(storeName, path, pick, manual) {
  try {
    await store.replaceAll(storeName, pick(await request('GET', path)));
  } catch (error) {
    if (error.kind === 'auth') emit('auth-lost');
    else if (manual) emit('status', { text: t('fieldapp.error.notRefreshed', error.detail ?? error.message), error: true });
  }
}

// ---- follow-ups

export async function refreshFollowups(manual = false) {
  await refresh('followups', 'me/follow-ups', (list) => list, manual);
  await renderFollowups();
}

async function renderFollowups() {
  const today = vietnamToday();
  const followUps = (await store.getAll('followups')).sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  const isOverdue = (f) => f.overdue || f.dueOn < today; // the stored flag ages while the phone is offline
  $('#followup-list').replaceChildren(...followUps.map((f) => followUpItem(f, isOverdue(f))));
  $('#followup-empty').hidden = followUps.length > 0;
  const overdue = followUps.filter(isOverdue).length;
  $('#followup-badge').textContent = String(overdue);
  $('#followup-badge').hidden = overdue === 0;
}

function followUpItem(followUp, overdue) {
  return el(
    'li',
    { class: `followup card${overdue ? ' overdue' : ''}`, 'data-id': followUp.id },
    el(
      'div',
      { class: 'card-main' },
      el('strong', { text: followUp.householdName }),
      el('span', { class: 'muted', text: followUp.unitName }),
      el('span', { t: `fieldapp.service.${followUp.service}` }),
      el('span', { text: t('fieldapp.followups.due', formatDate(followUp.dueOn)) }),
      overdue && el('span', { class: 'badge warn', t: 'fieldapp.followups.overdue' }),
    ),
    el('button', { type: 'button', class: 'open-followup', t: 'fieldapp.followups.logVisit' }),
  );
}

// ---- recent visits

export async function refreshRecent(manual = false) {
  await refresh('recent', 'visits?mine=true&page=0&size=20', (page) => page.items, manual);
  await renderRecent();
}

async function renderRecent() {
  const unsent = (await store.outboxItems()).filter((item) => item.kind === 'visit').reverse();
  const sent = (await store.getAll('recent')).sort((a, b) => b.visitedAt.localeCompare(a.visitedAt));
  // A sent visit whose edit waits in the outbox shows once, as the unsent edit.
  const waiting = new Set(unsent.map((item) => item.clientId));
  $('#visit-list').replaceChildren(
    ...unsent.map((item) => visitItem(item.body, item.label, item.status)),
    ...sent.filter((visit) => !waiting.has(visit.id)).map((visit) => visitItem(visit, visit.householdName, 'sent')),
  );
  $('#visits-empty').hidden = unsent.length + sent.length > 0;
}

const STATE_BADGES = { pending: 'fieldapp.visits.unsent', parked: 'fieldapp.visits.parked' };

function visitItem(visit, householdName, state) {
  const services = (visit.services ?? [])
    .map((service) => `${t(`fieldapp.service.${service.code}`)}: ${t(`fieldapp.outcome.${service.outcome}`)}`)
    .join('; ');
  return el(
    'li',
    { class: `visit card is-${state}`, 'data-id': state === 'sent' ? visit.id : null },
    el(
      'div',
      { class: 'card-main' },
      el('strong', { text: householdName }),
      el('span', { class: 'muted', text: formatDate(visit.visitedAt) }),
      el('span', { text: services }),
      STATE_BADGES[state] && el('span', { class: `badge is-${state}`, t: STATE_BADGES[state] }),
      ...(visit.flags ?? []).map((flag) => el('span', { class: 'badge warn', t: `fieldapp.flag.${flag}` })),
    ),
    // The server says whether the caller may still edit it (the author, within the edit window).
    state === 'sent' && visit.editable && el('button', { type: 'button', class: 'sent-edit', t: 'fieldapp.visits.edit' }),
  );
}

// ---- outbox

async function renderOutbox() {
  const items = await store.outboxItems();
  const pending = items.filter((item) => item.status === 'pending');
  const parked = items.filter((item) => item.status === 'parked');
  $('#pending-list').replaceChildren(...pending.map(pendingItem));
  $('#parked-list').replaceChildren(...parked.map(parkedItem));
  $('#pending-empty').hidden = pending.length > 0;
  $('#parked-section').hidden = parked.length === 0;
  const lastSentAt = await store.getSetting('lastSentAt');
  $('#last-sent').textContent = lastSentAt ? t('fieldapp.outbox.lastSent', formatDate(vietnamDateTime(Date.parse(lastSentAt)))) : '';
}

const KIND_TEXTS = { household: 'fieldapp.outbox.kindHousehold', visit: 'fieldapp.outbox.kindVisit', attendance: 'fieldapp.outbox.kindAttendance' };
const kindText = (item) => t(KIND_TEXTS[item.kind]);

function pendingItem(item) {
  return el(
    'li',
    { class: 'pending card', 'data-client-id': item.clientId },
    el('div', { class: 'card-main' }, el('strong', { text: item.label }), el('span', { class: 'muted', text: kindText(item) })),
  );
}

function parkedItem(item) {
  return el(
    'li',
    { class: 'parked card', 'data-client-id': item.clientId, 'data-kind': item.kind },
    el(
      'div',
      { class: 'card-main' },
      el('strong', { text: item.label }),
      el('span', { class: 'muted', text: kindText(item) }),
      el('span', { class: 'reason', text: item.reason }),
    ),
    el(
      'div',
      { class: 'actions' },
      // A refused attendance (a full session, someone already counted) is not corrected, only discarded.
      item.kind !== 'attendance' && el('button', { type: 'button', class: 'parked-edit', t: 'fieldapp.outbox.edit' }),
      el('button', { type: 'button', class: 'parked-discard danger', t: 'fieldapp.outbox.discard' }),
    ),
  );
}

async function onParkedAction(event) {
  const button = event.target.closest('button');
  const clientId = button?.closest('li.parked')?.dataset.clientId;
  const item = clientId && (await store.outboxItem(clientId));
  if (!item) return;
  if (button.matches('.parked-edit')) emit('edit-parked', item);
  if (button.matches('.parked-discard') && confirm(t('fieldapp.outbox.confirmDiscard', item.label))) {
    await store.discard(clientId);
    emit('status', { text: t('fieldapp.outbox.discarded', item.label) });
  }
}
