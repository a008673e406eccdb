// Calls to /api/v1 with the device token. Every failure becomes an ApiError whose kind tells the outbox what to do:
//   network  no answer (offline, timeout) — keep the item, try later
//   retry    408, 429, 5xx, or an answer that is not the JSON we expect (a captive portal's page) — same
//   auth     401 — keep everything, ask to sign in again
//   refused  any other 4xx with a problem+json body — LangSo will never take this as it is: park it with its detail.
//            A 4xx without one is not LangSo's answer (the server's own 404 page while the application restarts,
//            a proxy's page): retry.
import { API_BASE, emit } from './util.js';
import { t, currentLanguage } from './text.js';

export class ApiError extends Error {
  constructor(kind, status, detail) {
    super(detail);
    this.kind = kind;
    this.status = status;
    this.detail = detail;
  }
}

let bearerToken = null;
export const useToken = (token) => (bearerToken = token);
export const hasToken = () => bearerToken != null;

/** base64 of 'user:password' in UTF-8 (btoa alone fails on Vietnamese letters). */
export function basicCredentials(username, password) {
  const bytes = new TextEncoder().encode(`${username}:${password}`);
  return btoa(String.fromCharCode(...bytes));
}

export async function request(method, path, { body, basic, timeoutMs = 30000 } = {}) {
  const headers = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': currentLanguage(), // problem details in the language the app shows
    'X-Requested-With': 'XMLHttpRequest', // a hint not to answer 401 with a Basic challenge (a browser dialog)
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (basic) headers.Authorization = `Basic ${basic}`;
  else if (bearerToken) headers.Authorization = `Bearer ${bearerToken}`;

  // A weak signal can leave a request hanging for minutes; give up and let the outbox try again later.
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  let response;
  try {
    response = await fetch(API_BASE + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: abort.signal,
      cache: 'no-store',
      credentials: 'omit', // the token alone says who calls, never a session cookie of the web pages
    });
  } catch {
    emit('connectivity', false);
    throw new ApiError('network', 0, t('fieldapp.error.network'));
  } finally {
    clearTimeout(timer);
  }
  emit('connectivity', true);

  const data = await readJson(response);
  if (response.ok) {
    if (response.status === 204) return null;
    if (data === null) throw new ApiError('retry', response.status, t('fieldapp.error.unexpected'));
    return data;
  }
  const detail = data?.detail || data?.title || t('fieldapp.error.status', response.status);
  if (response.status === 401) throw new ApiError('auth', 401, detail);
  if ([408, 429].includes(response.status) || response.status >= 500 || data === null) {
    throw new ApiError('retry', response.status, detail);
  }
  throw new ApiError('refused', response.status, detail);
}

async function readJson(response) {
  if (!/json/.test(response.headers.get('Content-Type') || '')) return null;
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/** Every page of a paged list, reporting (loaded, total) after each. */
export async function fetchAllPages(path, onProgress, size = 200) {
  const items = [];
  for (let page = 0; ; page++) {
    const answer = await request('GET', `${path}${path.includes('?') ? '&' : '?'}page=${page}&size=${size}`);
    items.push(...answer.items);
    onProgress?.(items.length, answer.total);
    if (answer.items.length === 0 || items.length >= answer.total) return items;
  }
}
