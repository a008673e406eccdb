// Adding a household missing from the list. It is usable at once (stored under its clientId) and queued for the
// server; before that, likely duplicates from the cached list are shown so that the same family is not added twice.
import { $, el, showErrors, showView } from './dom.js';
import { emit, newClientId, currentPosition } from './util.js';
import { t } from './text.js';
import * as store from './store.js';
import { checkHousehold } from './rules.js';
import { likelyDuplicates } from './search.js';
import { cachedHouseholds, reloadHouseholds, revealHousehold, householdAddress } from './households.js';

const form = () => $('#household-form');
let hamlets = [];
let position = null;
let duplicatesAccepted = false;
let replacing = null; // clientId of the parked household being corrected
let returnTo = 'households'; // the screen the form came from: the households list, or a session's attendance

export function initHouseholdForm() {
  $('#household-add').addEventListener('click', () => openHouseholdForm());
  form().addEventListener('submit', (event) => {
    event.preventDefault();
    saveHousehold();
  });
  // Any change means the duplicates shown no longer fit what is typed.
  form().addEventListener('input', () => {
    duplicatesAccepted = false;
    $('#hh-duplicates').hidden = true;
  });
  $('#hh-confirm-new').addEventListener('click', () => {
    duplicatesAccepted = true;
    saveHousehold();
  });
  $('#hh-duplicate-list').addEventListener('click', (event) => {
    const id = event.target.closest('.hh-pick')?.closest('li')?.dataset.id;
    const household = cachedHouseholds().find((h) => String(h.id) === id);
    if (!household) return;
    revealHousehold(household);
    showView('households');
  });
  $('#hh-gps').addEventListener('click', takePosition);
  $('#hh-cancel').addEventListener('click', () => showView(returnTo));
}

export const useHamlets = (list) => (hamlets = list);

/**
 * Opens the empty form, or the body of a parked household to correct. From a session's attendance ('attendance'),
 * the household saved goes back there as one who came.
 */
export function openHouseholdForm(parked, from = 'households') {
  returnTo = parked ? 'households' : from;
  form().reset();
  showErrors(form(), []);
  $('#hh-duplicates').hidden = true;
  duplicatesAccepted = false;
  replacing = parked?.clientId ?? null;
  position = null;
  $('#hh-gps-text').textContent = '';
  const body = parked?.body ?? {};
  const defaultUnit = hamlets.length === 1 ? hamlets[0].id : $('#household-hamlet').value;
  $('#hh-unit').value = body.unitId ?? defaultUnit ?? '';
  $('#hh-name').value = body.headName ?? '';
  $('#hh-house').value = body.houseNumber ?? '';
  $('#hh-street').value = body.street ?? '';
  $('#hh-phone').value = body.phone ?? '';
  $('#hh-residents').value = body.residents ?? '';
  $('#hh-notes').value = body.notes ?? '';
  if (body.latitude != null) showPosition((position = body));
  showView('household-form');
  $('#hh-name').focus();
}

function readDraft() {
  return {
    unitId: Number($('#hh-unit').value) || null,
    headName: $('#hh-name').value,
    houseNumber: $('#hh-house').value,
    street: $('#hh-street').value,
    phone: $('#hh-phone').value,
    residents: $('#hh-residents').value,
    notes: $('#hh-notes').value,
    position,
  };
}

async function saveHousehold() {
  const { errors, body } = checkHousehold(readDraft());
  showErrors(form(), errors)?.scrollIntoView({ block: 'center' });
  if (errors.length) return;
  const duplicates = duplicatesAccepted ? [] : likelyDuplicates(cachedHouseholds(), body);
  if (duplicates.length) return showDuplicates(duplicates);

  const clientId = newClientId();
  const hamlet = hamlets.find((h) => h.id === body.unitId);
  const household = { id: clientId, clientId, code: null, unitName: hamlet?.name ?? '', active: true, ...body };
  await store.queue(
    { kind: 'household', clientId, body: { clientId, ...body }, label: body.headName },
    { household, replacing },
  );
  await reloadHouseholds();
  if (returnTo === 'attendance' && !replacing) {
    emit('household-added', household);
  } else {
    revealHousehold(household);
    showView(replacing ? 'outbox' : 'households');
  }
  emit('status', { text: t('fieldapp.household.saved', body.headName) });
  emit('saved');
}

function showDuplicates(duplicates) {
  const items = duplicates.map((h) =>
    el(
      'li',
      { class: 'card', 'data-id': h.id },
      el('div', { class: 'card-main' },
        el('strong', { text: h.headName }),
        el('span', { class: 'muted', text: [h.code, householdAddress(h), h.phone].filter(Boolean).join(' · ') })),
      el('button', { type: 'button', class: 'hh-pick', t: 'fieldapp.household.pickExisting' }),
    ),
  );
  $('#hh-duplicate-list').replaceChildren(...items);
  $('#hh-duplicates').hidden = false;
  $('#hh-duplicates').scrollIntoView({ block: 'center' });
}

async function takePosition() {
  $('#hh-gps-text').textContent = t('fieldapp.gps.waiting');
  position = await currentPosition();
  showPosition(position);
}

function showPosition(found) {
  $('#hh-gps-text').textContent = found
    ? t('fieldapp.gps.taken', found.latitude, found.longitude, found.accuracyMeters)
    : t('fieldapp.gps.failed');
}
