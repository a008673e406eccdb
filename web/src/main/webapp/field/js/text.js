// Every word on screen comes from the server's field_*.properties, fetched as JSON. The service worker keeps the
// last answer (stale-while-revalidate); localStorage keeps a second copy for a phone where the worker is missing.
import { API_BASE, emit } from './util.js';

const LANGUAGE_KEY = 'langso.field.language';
const TEXTS_KEY = 'langso.field.texts.';

let texts = {};
let language = localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'vi';

export const currentLanguage = () => language;

export async function loadTexts(wanted = language) {
  language = wanted === 'en' ? 'en' : 'vi';
  localStorage.setItem(LANGUAGE_KEY, language);
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), 15000); // a weak signal must not keep the app blank
  try {
    const response = await fetch(`${API_BASE}texts/field?lang=${language}`, { credentials: 'omit', signal: abort.signal });
    if (!response.ok) throw new Error(`texts ${response.status}`);
    texts = await response.json();
    localStorage.setItem(TEXTS_KEY + language, JSON.stringify(texts));
  } catch {
    texts = JSON.parse(localStorage.getItem(TEXTS_KEY + language) || '{}');
  } finally {
    clearTimeout(timer);
  }
  document.documentElement.lang = language;
  applyTexts(document);
  emit('texts-changed');
}

/** The text of key with {0}, {1}… replaced by args; the key itself when the bundle lacks it (visible, not blank). */
export function t(key, ...args) {
  const text = texts[key] ?? key;
  return args.length ? text.replace(/\{(\d+)\}/g, (whole, index) => String(args[index] ?? whole)) : text;
}

/** Fills data-t (text), data-t-placeholder and data-t-label (aria-label) of root and everything inside it. */
export function applyTexts(root) {
  const nodes = (attribute) => [...(root.matches?.(`[${attribute}]`) ? [root] : []), ...root.querySelectorAll(`[${attribute}]`)];
  for (const node of nodes('data-t')) node.textContent = t(node.dataset.t);
  for (const node of nodes('data-t-placeholder')) node.placeholder = t(node.dataset.tPlaceholder);
  for (const node of nodes('data-t-label')) node.setAttribute('aria-label', t(node.dataset.tLabel));
  if (root === document) document.title = t('fieldapp.title');
}
