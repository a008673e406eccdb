// The households screen: the caller's households downloaded once, then searched on the phone with no signal.
import { $, el } from './dom.js';
import { emit, on, vietnamDateTime, formatDate } from './util.js';
import { t } from './text.js';
import { fetchAllPages } from './api.js';
import * as store from './store.js';
import { findHouseholds, byHeadName } from './search.js';

/** The cached list in memory, added-offline first, then by name; searched on every key press. */
let households = [];
let downloading = false;

export const cachedHouseholds = () => households;
export const isLocalHousehold = (household) => typeof household.id === 'string';
export const householdAddress = (h) => [h.houseNumber, h.street].filter(Boolean).join(' ');

export function initHouseholds() {
  $('#household-search').addEventListener('input', renderResults);
  $('#household-hamlet').addEventListener('change', renderResults);
  $('#household-refresh').addEventListener('click', () => downloadHouseholds());
  $('#household-list').addEventListener('click', (event) => {
    const item = event.target.closest('.log-visit')?.closest('li.household');
    const household = households.find((h) => String(h.id) === (item?.dataset.id ?? item?.dataset.clientId));
    if (household) emit('open-visit', { household });
  });
  on('texts-changed', () => {
    renderResults();
    showLoadedAt();
  });
  on('households-changed', reloadHouseholds);
}

/** The hamlets of the caller's area, in the filter and in the add form. */
export function showHamlets(hamlets) {
  for (const select of [$('#household-hamlet'), $('#hh-unit')]) {
    const keep = select.value;
    select.replaceChildren(select.options[0], ...hamlets.map((hamlet) => el('option', { value: hamlet.id }, hamletName(hamlet))));
    select.value = keep;
  }
}
const hamletName = (hamlet) => (hamlet.parentName ? `${hamlet.name} — ${hamlet.parentName}` : hamlet.name);

export async function reloadHouseholds() {
  const all = await store.allHouseholds();
  households = all.sort((a, b) => isLocalHousehold(b) - isLocalHousehold(a) || byHeadName(a, b));
  renderResults();
}

/** Shows a household in the list: its hamlet chosen and its code (or name) searched. */
export function revealHousehold(household) {
  $('#household-hamlet').value = household.unitId ?? '';
  $('#household-search').value = household.code || household.headName;
  renderResults();
}

export function renderResults() {
  const unitId = Number($('#household-hamlet').value) || null;
  const { total, shown } = findHouseholds(households, $('#household-search').value, unitId);
  let count = t('fieldapp.households.count', total);
  if (households.length === 0) count = t('fieldapp.households.empty');
  else if (total > shown.length) count = t('fieldapp.households.countLimited', total, shown.length);
  $('#household-count').textContent = count;
  $('#household-list').replaceChildren(...shown.map(householdItem));
}

function householdItem(household) {
  const local = isLocalHousehold(household);
  const details = [household.code, householdAddress(household), household.unitName].filter(Boolean).join(' · ');
  return el(
    'li',
    { class: 'household card', 'data-id': local ? null : household.id, 'data-client-id': local ? household.id : null },
    el(
      'div',
      { class: 'card-main' },
      el('strong', { text: household.headName }),
      el('span', { class: 'muted', text: details }),
      household.phone && el('span', { class: 'muted', text: household.phone }),
      local && el('span', { class: 'badge', t: 'fieldapp.households.notSent' }),
    ),
    el('button', { type: 'button', class: 'log-visit', t: 'fieldapp.households.logVisit' }),
  );
}

/** Every page of GET /households into the store, with 'loaded 400/812' on the way. */
export async function downloadHouseholds() {
  if (downloading) return;
  downloading = true;
  const bar = $('#household-progress-bar');
  const text = $('#household-progress-text');
  $('#household-progress').hidden = false;
  bar.hidden = false;
  bar.removeAttribute('value');
  text.textContent = t('fieldapp.households.loading');
  try {
    const items = await fetchAllPages('households', (loaded, total) => {
      bar.max = Math.max(total, 1);
      bar.value = loaded;
      text.textContent = t('fieldapp.households.loaded', loaded, total);
    });
    await store.replaceServerHouseholds(items);
    await store.setSetting('householdsLoadedAt', new Date().toISOString());
    await reloadHouseholds();
  } catch (error) {
    if (error.kind === 'auth') emit('auth-lost');
    else emit('status', { text: t('fieldapp.households.downloadFailed', error.detail ?? error.message), error: true });
  } finally {
    downloading = false;
    bar.hidden = true;
    await showLoadedAt();
  }
}

async function showLoadedAt() {
  const loadedAt = await store.getSetting('householdsLoadedAt');
  $('#household-loaded-at').textContent = loadedAt
    ? t('fieldapp.households.loadedAt', formatDate(vietnamDateTime(Date.parse(loadedAt))))
    : '';
}
