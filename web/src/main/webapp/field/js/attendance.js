// Village sessions on the phone: the sessions the caller records (cached for offline use), and who came to one —
// households of the area with the residents who came, and team members — queued in the outbox like visits, one item
// per household or member, each under a UUID made here, so that a resend never counts anyone twice.
import { $, $$, el, checkbox, showView } from './dom.js';
import { emit, on, newClientId, formatDate } from './util.js';
import { t } from './text.js';
import { request } from './api.js';
import * as store from './store.js';
import { findHouseholds } from './search.js';
import { cachedHouseholds, householdAddress } from './households.js';
import { openHouseholdForm } from './household-form.js';

const MOST_RESIDENTS = 30;
const NAME_LENGTH = 120;
let me = null;
let session = null; // the session whose attendance is open
let chosen = []; // [{key, householdId, householdClientId, name}] households picked on this screen
let recorded = []; // [{householdId, householdClientId, memberId, name, people, pending}] already stored or queued

export function initAttendance() {
  $('#sessions-refresh').addEventListener('click', () => refreshSessions(true));
  $('#session-list').addEventListener('click', (event) => {
    const id = Number(event.target.closest('.take-attendance')?.closest('li.session')?.dataset.id);
    if (id) openAttendance(id);
  });
  $('#attendance-search').addEventListener('input', renderResults);
  $('#attendance-results').addEventListener('click', (event) => {
    const item = event.target.closest('.attend-add')?.closest('li.household');
    const household = cachedHouseholds().find((h) => String(h.id) === (item?.dataset.id ?? item?.dataset.clientId));
    if (household) choose(household);
  });
  $('#attendance-chosen').addEventListener('click', (event) => {
    const key = event.target.closest('.attendee-remove')?.closest('li.attendee')?.dataset.key;
    if (key == null) return;
    chosen = chosen.filter((c) => c.key !== key);
    renderChosen();
    renderResults();
  });
  $('#attendance-add-household').addEventListener('click', () => openHouseholdForm(undefined, 'attendance'));
  $('#attendance-save').addEventListener('click', save);
  $('#attendance-cancel').addEventListener('click', () => showView('sessions'));
  on('household-added', (household) => session && choose(household));
  on('texts-changed', () => {
    renderSessions();
    if (session) renderAttendance();
  });
  on('outbox-changed', () => session && loadRecorded(false));
}

export const useBootstrapForAttendance = (bootstrap) => (me = bootstrap);

/** GET /sessions/to-record into the phone; the cached list is shown when there is no signal. */
export async function refreshSessions(manual = false) {
  try {
    await store.setSetting('sessions', await request('GET', 'sessions/to-record'));
  } catch (error) {
    if (error.kind === 'auth') emit('auth-lost');
    else if (manual) emit('status', { text: t('fieldapp.sessions.refreshFailed', error.detail ?? error.message), error: true });
  }
  await renderSessions();
}

export async function renderSessions() {
  const sessions = (await store.getSetting('sessions')) ?? [];
  $('#sessions-empty').hidden = sessions.length > 0;
  $('#session-list').replaceChildren(...sessions.map(sessionItem));
}

function sessionItem(s) {
  const cancelled = s.status === 'CANCELLED';
  const people = s.capacity ? t('fieldapp.sessions.peopleOf', s.peopleAttended, s.capacity) : t('fieldapp.sessions.people', s.peopleAttended);
  return el(
    'li',
    { class: `session card${cancelled ? ' cancelled' : ''}`, 'data-id': s.id },
    el(
      'div',
      { class: 'card-main' },
      el('strong', { text: s.title }),
      el('span', { class: 'muted', text: `${formatDate(s.startsAt)} · ${s.place}` }),
      el('span', { class: 'muted', text: cancelled ? t('fieldapp.sessions.cancelled') : people }),
    ),
    !cancelled && el('button', { type: 'button', class: 'take-attendance', t: 'fieldapp.sessions.takeAttendance' }),
  );
}

async function openAttendance(id) {
  const sessions = (await store.getSetting('sessions')) ?? [];
  session = sessions.find((s) => s.id === id);
  if (!session) return;
  chosen = [];
  $('#attendance-search').value = '';
  $('#attendance-errors').hidden = true;
  renderAttendance();
  showView('attendance');
  await loadRecorded(true);
}

function renderAttendance() {
  $('#attendance-title').textContent = session.title;
  $('#attendance-when').textContent = `${formatDate(session.startsAt)} · ${session.place}`;
  const mates = me?.teammates ?? [];
  const recordedMembers = new Set(recorded.map((r) => r.memberId).filter(Boolean));
  $('#attendance-members').replaceChildren(
    ...mates.map((mate) =>
      checkbox(
        { class: 'attendance-member', value: mate.id, disabled: recordedMembers.has(mate.id), checked: recordedMembers.has(mate.id) },
        { text: mate.name },
      ),
    ),
  );
  renderChosen();
  renderResults();
  renderRecorded();
}

/** What the server holds for this session (when reachable) and what waits in the outbox for it. */
async function loadRecorded(fromServer) {
  const cacheKey = `attendance-${session.id}`;
  if (fromServer && navigator.onLine) {
    try {
      await store.setSetting(cacheKey, await request('GET', `sessions/${session.id}/attendance`));
    } catch (error) {
      if (error.kind === 'auth') emit('auth-lost');
    }
  }
  const stored = (await store.getSetting(cacheKey)) ?? [];
  const queued = (await store.outboxItems())
    .filter((item) => item.kind === 'attendance' && item.body.occurrenceId === session.id)
    .map((item) => ({ ...item.body, name: item.label, people: Math.max(1, item.body.residents.length), pending: true }));
  recorded = [...queued, ...stored.filter((s) => !queued.some((q) => sameAttendee(q, s)))];
  renderAttendance();
}

const sameAttendee = (a, b) =>
  (a.householdId != null && a.householdId === b.householdId) ||
  (a.householdClientId != null && a.householdClientId === b.householdClientId) ||
  (a.memberId != null && a.memberId === b.memberId);

const householdKey = (h) => String(h.id);
const isRecorded = (h) =>
  recorded.some((r) => (typeof h.id === 'number' ? r.householdId === h.id : r.householdClientId === h.clientId));

function renderResults() {
  const query = $('#attendance-search').value;
  const shown = query.trim() ? findHouseholds(cachedHouseholds(), query, null, 20).shown : [];
  $('#attendance-results').replaceChildren(
    ...shown.map((h) => {
      const taken = isRecorded(h) || chosen.some((c) => c.key === householdKey(h));
      const local = typeof h.id === 'string';
      return el(
        'li',
        { class: 'household card', 'data-id': local ? null : h.id, 'data-client-id': local ? h.id : null },
        el(
          'div',
          { class: 'card-main' },
          el('strong', { text: h.headName }),
          el('span', { class: 'muted', text: [h.code, householdAddress(h), h.unitName].filter(Boolean).join(' · ') }),
        ),
        taken
          ? el('span', { class: 'badge', t: 'fieldapp.attendance.already' })
          : el('button', { type: 'button', class: 'attend-add', t: 'fieldapp.attendance.add' }),
      );
    }),
  );
}

function choose(household) {
  if (isRecorded(household) || chosen.some((c) => c.key === householdKey(household))) return;
  const local = typeof household.id === 'string';
  chosen.push({
    key: householdKey(household),
    householdId: local ? null : household.id,
    householdClientId: local ? household.clientId : null,
    name: household.headName,
    names: household.headName,
  });
  $('#attendance-search').value = '';
  showView('attendance');
  renderChosen();
  renderResults();
}

function renderChosen() {
  // Keep what was typed in the names of households already on the list.
  for (const row of $$('#attendance-chosen li.attendee')) {
    const entry = chosen.find((c) => c.key === row.dataset.key);
    if (entry) entry.names = $('.attendee-names', row).value;
  }
  $('#attendance-chosen').replaceChildren(
    ...chosen.map((c, n) =>
      el(
        'li',
        { class: 'attendee card', 'data-key': c.key },
        el(
          'div',
          { class: 'card-main' },
          el('strong', { text: c.name }),
          el('label', { for: `attendee-names-${n}`, t: 'fieldapp.attendance.names' }),
          el('input', { id: `attendee-names-${n}`, class: 'attendee-names', autocomplete: 'off', value: c.names }),
          el('p', { class: 'field-error attendee-error' }),
        ),
        el('button', { type: 'button', class: 'attendee-remove small', t: 'fieldapp.attendance.remove' }),
      ),
    ),
  );
  $('#attendance-chosen-empty').hidden = chosen.length > 0;
}

function renderRecorded() {
  $('#attendance-recorded').replaceChildren(
    ...recorded.map((r) =>
      el(
        'li',
        { class: r.pending ? 'recorded pending' : 'recorded' },
        el('span', { text: r.name ?? '' }),
        el('span', { class: 'muted', text: r.pending ? t('fieldapp.attendance.pending') : t('fieldapp.sessions.people', r.people) }),
      ),
    ),
  );
  $('#attendance-recorded-empty').hidden = recorded.length > 0;
}

/** Residents typed as 'Lê Văn Ba, Nguyễn Thị Sáu'. */
const namesOf = (text) => String(text ?? '').split(',').map((name) => name.trim()).filter(Boolean);

async function save() {
  renderChosen(); // reads what was typed
  let valid = true;
  for (const row of $$('#attendance-chosen li.attendee')) {
    const names = namesOf($('.attendee-names', row).value);
    const bad = names.length === 0 || names.length > MOST_RESIDENTS || names.some((name) => name.length > NAME_LENGTH);
    $('.attendee-error', row).textContent = bad ? t('fieldapp.attendance.namesNeeded', MOST_RESIDENTS) : '';
    $('.attendee-names', row).toggleAttribute('aria-invalid', bad);
    valid &&= !bad;
  }
  const members = $$('input.attendance-member:checked:not(:disabled)').map((box) => Number(box.value));
  if (!valid) return;
  if (chosen.length === 0 && members.length === 0) {
    $('#attendance-errors').textContent = t('fieldapp.attendance.nothingChosen');
    $('#attendance-errors').hidden = false;
    return;
  }
  const mates = me?.teammates ?? [];
  for (const c of chosen) {
    const clientId = newClientId();
    const body = {
      occurrenceId: session.id,
      householdId: c.householdId,
      householdClientId: c.householdClientId,
      memberId: null,
      residents: namesOf(c.names).map((name) => ({ name, birthYear: null })),
    };
    await store.queue({ kind: 'attendance', clientId, body, label: c.name });
  }
  for (const memberId of members) {
    const clientId = newClientId();
    const body = { occurrenceId: session.id, householdId: null, householdClientId: null, memberId, residents: [] };
    await store.queue({ kind: 'attendance', clientId, body, label: mates.find((m) => m.id === memberId)?.name ?? '' });
  }
  const count = chosen.length + members.length;
  chosen = [];
  // Sending starts before anything else is awaited, so that the page never shows an empty outbox and no sending
  // while the saved attendance waits to go.
  emit('saved');
  await loadRecorded(false);
  emit('status', { text: t('fieldapp.attendance.saved', count) });
}
