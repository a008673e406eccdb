// Helpers without a screen: the API's address, client ids, Vietnam wall-clock dates and a tiny event bus.

/** /api/v1/ beside the app's folder, so a context path in front of /field/ is kept. */
export const API_BASE = new URL('../../api/v1/', import.meta.url).pathname;

/** Modules talk through these events instead of importing each other (no cycles). */
export const events = new EventTarget();
export const emit = (name, detail) => events.dispatchEvent(new CustomEvent(name, { detail }));
export const on = (name, handler) => events.addEventListener(name, (event) => handler(event.detail));

export function newClientId() {
  if (crypto.randomUUID) return crypto.randomUUID();
  // randomUUID needs a secure context and a recent WebView; the same version-4 shape from getRandomValues.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// Vietnam keeps UTC+7 all year (no daylight saving), so its wall clock is UTC shifted by seven hours,
// whatever time zone the phone is set to.
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;
const vietnamIso = (ms = Date.now()) => new Date(ms + VIETNAM_OFFSET_MS).toISOString();

/** 'YYYY-MM-DDTHH:mm', the value of a datetime-local input. */
export const vietnamDateTime = (ms) => vietnamIso(ms).slice(0, 16);
export const vietnamToday = () => vietnamIso().slice(0, 10);
export const vietnamYear = () => Number(vietnamIso().slice(0, 4));

export function addDays(isoDate, days) {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** '2026-12-05' → '05/12/2026'; '2026-12-05T09:30:00' → '05/12/2026 09:30'. */
export function formatDate(iso) {
  if (!iso) return '';
  const [date, time] = String(iso).split('T');
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}${time ? ` ${time.slice(0, 5)}` : ''}`;
}

/** A short device name for the token list, e.g. 'Android 13 · Chrome 120'. */
export function deviceName(userAgent = navigator.userAgent) {
  const systems = [/Android [\d.]+/, /iPhone OS \d+/, /Windows NT [\d.]+/, /Mac OS X [\d_]+/, /Linux/];
  const system = systems.map((pattern) => pattern.exec(userAgent)).find(Boolean);
  const browser = /(?:Chrome|Firefox|Version)\/\d+/.exec(userAgent);
  const name = [system?.[0], browser?.[0].replace('/', ' ').replace('Version', 'Safari')].filter(Boolean).join(' · ');
  return (name || 'LangSo').slice(0, 120);
}

/** Reads the phone's position once; resolves null when refused, unavailable or too slow. */
export function currentPosition() {
  return new Promise((resolve) => {
    if (!navigator.geolocation) return resolve(null);
    navigator.geolocation.getCurrentPosition(
      ({ coords }) =>
        resolve({
          latitude: Number(coords.latitude.toFixed(6)),
          longitude: Number(coords.longitude.toFixed(6)),
          accuracyMeters: Math.round(coords.accuracy),
        }),
      () => resolve(null),
      { enableHighAccuracy: true, timeout: 20000, maximumAge: 60000 },
    );
  });
}
