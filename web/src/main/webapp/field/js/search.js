// Offline household search, typed with or without Vietnamese accents. Pure functions (unit-tested under node).

/** 'Nguyễn  Văn Đức' → 'nguyen van duc': NFD, combining marks dropped, đ → d, lower case, single spaces. */
export function searchKey(text) {
  return String(text ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export const digitsOf = (text) => String(text ?? '').replace(/\D/g, '');

/** What a household is found by: head's name, code, house number, phone digits. Stored with the household. */
export function householdSearchText(household) {
  return [household.headName, household.code, household.houseNumber].map(searchKey).join(' | ') +
    ` | ${digitsOf(household.phone)}`;
}

/** Words of a query; '0912.345-678' counts as the digits it holds, so a phone matches however it is typed. */
function queryWords(query) {
  return searchKey(query)
    .split(' ')
    .filter(Boolean)
    .map((word) => (/^[\d.\-]+$/.test(word) ? digitsOf(word) : word));
}

/** Active households of the hamlet (all when unitId is empty) holding every word; at most limit of them. */
export function findHouseholds(households, query, unitId, limit = 50) {
  const words = queryWords(query);
  const matches = households.filter(
    (h) =>
      h.active !== false &&
      (!unitId || h.unitId === unitId) &&
      words.every((word) => (h.search ?? householdSearchText(h)).includes(word)),
  );
  return { total: matches.length, shown: matches.slice(0, limit) };
}

/** Likely the same household: same hamlet, same accent-free name, and the same house number or phone. */
export function likelyDuplicates(households, draft) {
  const name = searchKey(draft.headName);
  const house = searchKey(draft.houseNumber);
  const phone = digitsOf(draft.phone);
  return households.filter(
    (h) =>
      h.unitId === draft.unitId &&
      searchKey(h.headName) === name &&
      ((house && searchKey(h.houseNumber) === house) || (phone && digitsOf(h.phone) === phone)),
  );
}

const collator = new Intl.Collator('vi');
export const byHeadName = (a, b) => collator.compare(a.headName ?? '', b.headName ?? '');
