// The forms' checks and the request bodies they produce. Pure (unit-tested under node): a draft in, and out the
// errors — {field, key, args}, at most one per field, shown next to it — and the body to queue.
// The limits are the database's column sizes, so what passes here is not refused for its length.

const clean = (text) => String(text ?? '').trim();
const orNull = (text) => clean(text) || null;
const isDate = (text) => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text));

function errorList() {
  const errors = [];
  const check = (ok, field, key, ...args) => {
    if (!ok && !errors.some((error) => error.field === field)) errors.push({ field, key, args });
  };
  return { errors, check };
}

/** '+84 912.345.678' → '0912345678'; a phone is kept as its digits. */
export function normalizePhone(text) {
  const digits = String(text ?? '').replace(/\D/g, '');
  return digits.startsWith('84') && digits.length >= 11 ? `0${digits.slice(2)}` : digits;
}

export function checkHousehold(draft) {
  const { errors, check } = errorList();
  const headName = clean(draft.headName);
  const phone = normalizePhone(draft.phone);
  const residents = Number(clean(draft.residents) || NaN);
  check(draft.unitId, 'unit', 'fieldapp.error.required');
  check(headName, 'name', 'fieldapp.error.required');
  check(headName.length <= 120, 'name', 'fieldapp.error.tooLong', 120);
  check(clean(draft.houseNumber).length <= 32, 'house', 'fieldapp.error.tooLong', 32);
  check(clean(draft.street).length <= 150, 'street', 'fieldapp.error.tooLong', 150);
  const phoneTyped = clean(draft.phone);
  check(!phoneTyped || (/^[\d\s.+()-]+$/.test(phoneTyped) && /^0\d{8,10}$/.test(phone)), 'phone', 'fieldapp.error.phone');
  check(Number.isInteger(residents) && residents >= 1 && residents <= 30, 'residents', 'fieldapp.error.between', 1, 30);
  check(clean(draft.notes).length <= 500, 'notes', 'fieldapp.error.tooLong', 500);
  const body = {
    unitId: draft.unitId,
    headName,
    houseNumber: orNull(draft.houseNumber),
    street: orNull(draft.street),
    phone: phone || null,
    residents,
    notes: orNull(draft.notes),
    ...position(draft),
  };
  return { errors, body };
}

/**
 * context: {latest: the latest 'YYYY-MM-DDTHH:mm' accepted (now plus a little clock skew), currentYear}.
 * Services of the draft are the ticked rows: {code, outcome, note, followUpOn, needsCertificate}.
 */
export function checkVisit(draft, context) {
  const { errors, check } = errorList();
  const visitedAt = clean(draft.visitedAt).slice(0, 16);
  const validTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(visitedAt) && !Number.isNaN(Date.parse(visitedAt));
  check(validTime, 'visitedAt', 'fieldapp.error.dateTime');
  check(!validTime || visitedAt <= context.latest, 'visitedAt', 'fieldapp.error.future');
  check(draft.services.length > 0, 'services', 'fieldapp.error.serviceRequired');

  for (const service of draft.services) {
    const outcome = service.outcome;
    check(outcome, `outcome:${service.code}`, 'fieldapp.error.outcomeRequired');
    check(!(service.needsCertificate && ['DONE', 'PARTIAL'].includes(outcome)), `outcome:${service.code}`,
      'fieldapp.error.needsCertificate');
    if (outcome === 'PARTIAL') {
      check(isDate(service.followUpOn), `followup:${service.code}`, 'fieldapp.error.date');
      check(!validTime || service.followUpOn >= visitedAt.slice(0, 10), `followup:${service.code}`,
        'fieldapp.error.followUpBefore');
    }
    check(service.code !== 'OTHER' || clean(service.note), `note:${service.code}`, 'fieldapp.error.otherNote');
    check(clean(service.note).length <= 500, `note:${service.code}`, 'fieldapp.error.tooLong', 500);
  }

  draft.residents.forEach((resident, index) => {
    const name = clean(resident.name);
    const year = clean(resident.birthYear);
    check(name, `resident-name:${index}`, 'fieldapp.error.required');
    check(name.length <= 120, `resident-name:${index}`, 'fieldapp.error.tooLong', 120);
    check(!year || (/^\d{4}$/.test(year) && year >= 1900 && year <= context.currentYear), `resident-year:${index}`,
      'fieldapp.error.between', 1900, context.currentYear);
  });
  check(clean(draft.note).length <= 1000, 'note', 'fieldapp.error.tooLong', 1000);

  const body = {
    householdId: draft.householdId ?? null,
    householdClientId: draft.householdClientId ?? null,
    memberIds: draft.memberIds,
    visitedAt: `${visitedAt}:00`,
    services: draft.services.map((service) => ({
      code: service.code,
      outcome: service.outcome,
      note: orNull(service.note),
      followUpOn: service.outcome === 'PARTIAL' ? service.followUpOn : null,
    })),
    residents: draft.residents.map((resident) => ({
      name: clean(resident.name),
      birthYear: clean(resident.birthYear) ? Number(resident.birthYear) : null,
      skills: resident.skills,
    })),
    ...position(draft),
    note: orNull(draft.note),
  };
  return { errors, body };
}

const position = (draft) => ({
  latitude: draft.position?.latitude ?? null,
  longitude: draft.position?.longitude ?? null,
  accuracyMeters: draft.position?.accuracyMeters ?? null,
});
