// Logging a visit: when, who went, each service helped with and its outcome, the residents helped and the skills
// they showed. Checked on the phone (messages next to the fields, nothing typed is lost), then queued in the outbox.
import { $, $$, el, checkbox, errorSlot, showErrors, showView, shownView } from './dom.js';
import { emit, on, newClientId, currentPosition, vietnamDateTime, vietnamToday, vietnamYear, addDays } from './util.js';
import { t } from './text.js';
import * as store from './store.js';
import { checkVisit } from './rules.js';

const FOLLOW_UP_AFTER_DAYS = 7;
const CLOCK_SKEW_MS = 10 * 60000; // a visit may be dated a little after the phone's now
const form = () => $('#visit-form');
let me = null;
let target = null; // {householdId, householdClientId, name}
let replacing = null; // clientId of the parked visit being corrected
let editing = null; // {id, baseVersion} of a sent visit being edited: it keeps its UUID and names its version
let position = null;
let returnTo = 'households';
let residentRows = 0;

export function initVisitForm() {
  form().addEventListener('submit', (event) => {
    event.preventDefault();
    saveVisit();
  });
  $('#visit-services').addEventListener('change', onServiceChange);
  $('#add-resident').addEventListener('click', () => addResident().querySelector('.resident-name').focus());
  $('#visit-residents').addEventListener('click', (event) => event.target.closest('.resident-remove')?.closest('.resident-row').remove());
  $('#visit-gps').addEventListener('click', takePosition);
  $('#visit-cancel').addEventListener('click', () => showView(returnTo));
  on('texts-changed', () => me && ($('#visit-me').textContent = t('fieldapp.visit.me', me.displayName)));
}

export const useBootstrap = (bootstrap) => (me = bootstrap);

/**
 * Opens the form for a household (a cached record), a follow-up ({householdId, householdName, service}), a parked
 * visit to correct ({clientId, body, label}), or a sent visit to edit (the server's view of it, while editable).
 */
export function openVisitForm({ household, followUp, parked, sent }) {
  if (!me?.team) return emit('status', { text: t('fieldapp.noTeam'), error: true });
  if (sent) parked = { clientId: null, body: bodyOf(sent), label: sent.householdName };
  const body = parked?.body ?? {};
  target = household ? targetOf(household) : followUp
    ? { householdId: followUp.householdId, householdClientId: null, name: followUp.householdName }
    : { householdId: body.householdId, householdClientId: body.householdClientId, name: parked.label };
  replacing = parked?.clientId ?? null;
  // A parked edit is still an edit of the same visit; a parked new visit may take a fresh UUID.
  editing = sent
    ? { id: sent.id, baseVersion: sent.version }
    : body.baseVersion != null ? { id: parked.clientId, baseVersion: body.baseVersion } : null;
  $('#visit-title').dataset.t = editing ? 'fieldapp.visit.editTitle' : 'fieldapp.visit.title';
  $('#visit-title').textContent = t($('#visit-title').dataset.t);
  returnTo = shownView();
  position = body.latitude != null ? body : null;

  form().reset();
  $('#visit-household').textContent = target.name;
  $('#visit-at').value = body.visitedAt?.slice(0, 16) ?? vietnamDateTime();
  $('#visit-at').max = vietnamDateTime(Date.now() + CLOCK_SKEW_MS);
  $('#visit-me').textContent = t('fieldapp.visit.me', me.displayName);
  $('#visit-members').replaceChildren(...teammateBoxes(body.memberIds ?? []));
  $('#visit-services').replaceChildren(...me.services.map((service) => serviceRow(service, body.services ?? [])));
  if (followUp) switchService(followUp.service, true);
  $('#visit-residents').replaceChildren();
  (body.residents ?? []).forEach(addResident);
  $('#visit-note').value = body.note ?? '';
  $('#visit-gps-text').textContent = position ? positionText(position) : '';
  showErrors(form(), []);
  $('#visit-errors').hidden = true;
  showView('visit-form');
}

/** A sent visit as the form's body: the caller is implied, so only the others who went are members here. */
const bodyOf = (visit) => ({
  householdId: visit.householdId,
  householdClientId: null,
  memberIds: visit.members.map((member) => member.id).filter((id) => id !== me.memberId),
  visitedAt: visit.visitedAt,
  services: visit.services,
  residents: visit.residents,
  latitude: visit.latitude,
  longitude: visit.longitude,
  accuracyMeters: visit.accuracyMeters,
  note: visit.note ?? '',
});

const targetOf = (household) =>
  typeof household.id === 'number'
    ? { householdId: household.id, householdClientId: null, name: household.headName }
    : { householdId: null, householdClientId: household.clientId, name: household.headName };

/** The caller is implied (first of the visit, never sent); these are the others who went. */
function teammateBoxes(checkedIds) {
  return me.teammates
    .filter((mate) => mate.id !== me.memberId)
    .map((mate) => checkbox({ class: 'visit-member', value: mate.id, checked: checkedIds.includes(mate.id) }, { text: mate.name }));
}

function serviceRow(service, chosen) {
  const code = service.code;
  const previous = chosen.find((candidate) => candidate.code === code);
  const needsCertificate = service.gated && !service.certified;
  const outcomes = me.outcomes.map((outcome) =>
    el('option', {
      value: outcome,
      t: `fieldapp.outcome.${outcome}`,
      // Without the certificate the server refuses DONE and PARTIAL; DECLINED and NOT_ELIGIBLE stay open.
      disabled: needsCertificate && ['DONE', 'PARTIAL'].includes(outcome),
      selected: previous?.outcome === outcome,
    }),
  );
  const row = el(
    'div',
    { class: 'service-row', 'data-code': code, 'data-needs-certificate': needsCertificate || null },
    checkbox({ class: 'service-on', value: code, checked: Boolean(previous) }, { t: `fieldapp.service.${code}` }),
    el(
      'div',
      { class: 'service-details', hidden: !previous },
      needsCertificate && el('p', { class: 'hint', t: 'fieldapp.visit.needsCertificate' }),
      el('label', { for: `outcome-${code}`, t: 'fieldapp.visit.outcome' }),
      el('select', { id: `outcome-${code}`, class: 'service-outcome' }, el('option', { value: '', t: 'fieldapp.visit.chooseOutcome' }), ...outcomes),
      errorSlot(`outcome:${code}`),
      el(
        'div',
        { class: 'followup-field', hidden: previous?.outcome !== 'PARTIAL' },
        el('label', { for: `followup-${code}`, t: 'fieldapp.visit.followUpOn' }),
        el('input', { id: `followup-${code}`, class: 'service-followup', type: 'date', value: previous?.followUpOn ?? null }),
        errorSlot(`followup:${code}`),
      ),
      el('label', { for: `note-${code}`, t: code === 'OTHER' ? 'fieldapp.visit.otherNote' : 'fieldapp.visit.serviceNote' }),
      el('input', { id: `note-${code}`, class: 'service-note', maxlength: 500, value: previous?.note ?? null }),
      errorSlot(`note:${code}`),
    ),
  );
  return row;
}

function onServiceChange(event) {
  const row = event.target.closest('.service-row');
  if (event.target.matches('.service-on')) switchService(row.dataset.code, event.target.checked);
  if (event.target.matches('.service-outcome')) {
    switchService(row.dataset.code, true); // choosing an outcome means the service was helped with
    const partial = event.target.value === 'PARTIAL';
    const followUp = $('.service-followup', row);
    $('.followup-field', row).hidden = !partial;
    if (partial && !followUp.value) followUp.value = addDays(vietnamToday(), FOLLOW_UP_AFTER_DAYS);
  }
}

function switchService(code, on) {
  const row = $(`.service-row[data-code="${code}"]`);
  if (!row) return;
  $('.service-on', row).checked = on;
  $('.service-details', row).hidden = !on;
}

function addResident(resident = {}) {
  const n = residentRows++;
  const skills = me.skills.map((skill) =>
    checkbox({ class: 'resident-skill', value: skill, checked: resident.skills?.includes(skill) }, { t: `fieldapp.skill.${skill}` }),
  );
  const row = el(
    'div',
    { class: 'resident-row' },
    el('label', { for: `resident-name-${n}`, t: 'fieldapp.visit.residentName' }),
    el('input', { id: `resident-name-${n}`, class: 'resident-name', maxlength: 120, autocomplete: 'off', value: resident.name ?? null }),
    errorSlot('resident-name'),
    el('label', { for: `resident-year-${n}`, t: 'fieldapp.visit.birthYear' }),
    el('input', {
      id: `resident-year-${n}`, class: 'resident-year', type: 'number', inputmode: 'numeric',
      min: 1900, max: vietnamYear(), value: resident.birthYear ?? null,
    }),
    errorSlot('resident-year'),
    el('fieldset', { class: 'skills' }, el('legend', { t: 'fieldapp.visit.skills' }), ...skills),
    el('button', { type: 'button', class: 'resident-remove link', t: 'fieldapp.visit.removeResident' }),
  );
  $('#visit-residents').append(row);
  return row;
}

function readDraft() {
  const rows = $$('.resident-row', form());
  // Error slots follow the rows' current positions, rows having been added and removed.
  rows.forEach((row, index) => {
    $('[data-error-for^="resident-name"]', row).dataset.errorFor = `resident-name:${index}`;
    $('[data-error-for^="resident-year"]', row).dataset.errorFor = `resident-year:${index}`;
  });
  return {
    ...target,
    visitedAt: $('#visit-at').value,
    memberIds: $$('input.visit-member:checked').map((box) => Number(box.value)),
    services: $$('.service-row', form())
      .filter((row) => $('.service-on', row).checked)
      .map((row) => ({
        code: row.dataset.code,
        outcome: $('.service-outcome', row).value,
        note: $('.service-note', row).value,
        followUpOn: $('.service-followup', row).value,
        needsCertificate: row.dataset.needsCertificate != null,
      })),
    residents: rows.map((row) => ({
      name: $('.resident-name', row).value,
      birthYear: $('.resident-year', row).value,
      skills: $$('input.resident-skill:checked', row).map((box) => box.value),
    })),
    note: $('#visit-note').value,
    position,
  };
}

async function saveVisit() {
  const draft = readDraft();
  const context = { latest: vietnamDateTime(Date.now() + CLOCK_SKEW_MS), currentYear: vietnamYear() };
  const { errors, body } = checkVisit(draft, context);
  const firstError = showErrors(form(), errors);
  $('#visit-errors').hidden = errors.length === 0;
  $('#visit-errors').textContent = t('fieldapp.visit.errors', errors.length);
  if (errors.length) return firstError?.scrollIntoView({ block: 'center' });

  // A household added offline may have reached the server while the form was open.
  if (body.householdId == null) {
    const household = await store.householdByClientId(body.householdClientId);
    if (typeof household?.id === 'number') body.householdId = household.id;
  }
  const clientId = editing?.id ?? newClientId();
  if (editing) body.baseVersion = editing.baseVersion;
  await store.queue({ kind: 'visit', clientId, body, label: target.name }, { replacing });
  emit('status', { text: t('fieldapp.visit.saved', target.name) });
  showView(returnTo === 'visit-form' ? 'households' : returnTo);
  emit('saved');
}

async function takePosition() {
  $('#visit-gps-text').textContent = t('fieldapp.gps.waiting');
  position = await currentPosition();
  $('#visit-gps-text').textContent = position ? positionText(position) : t('fieldapp.gps.failed');
}

const positionText = (found) => t('fieldapp.gps.taken', found.latitude, found.longitude, found.accuracyMeters);
