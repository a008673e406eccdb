// DOM helpers: query shortcuts, an element builder that knows text keys, form error display, screens.
import { t } from './text.js';

export const $ = (selector, root = document) => root.querySelector(selector);
export const $$ = (selector, root = document) => [...root.querySelectorAll(selector)];

/**
 * Builds an element. props: class, text, t (a text key: shown now and kept in data-t so that a language switch
 * translates it again), any other attribute; null and false leave the attribute out.
 */
export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value == null || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name === 'text') node.textContent = value;
    else if (name === 't') {
      node.dataset.t = value;
      node.textContent = t(value);
    } else node.setAttribute(name, value === true ? '' : value);
  }
  node.append(...children.filter((child) => child != null && child !== false));
  return node;
}

/** A labelled checkbox, the whole line a 44 px touch target. */
export const checkbox = (inputProps, textProps) =>
  el('label', { class: 'check' }, el('input', { type: 'checkbox', ...inputProps }), el('span', textProps));

/**
 * Puts each error ({field, key, args} from rules.js) in the [data-error-for=field] slot of form, empties the
 * others, marks the inputs aria-invalid, and returns the first slot that has an error.
 */
export function showErrors(form, errors) {
  let first = null;
  for (const slot of $$('[data-error-for]', form)) {
    const error = errors.find((candidate) => candidate.field === slot.dataset.errorFor);
    slot.textContent = error ? t(error.key, ...error.args) : '';
    const input = slot.previousElementSibling;
    if (input?.matches('input, select, textarea')) input.toggleAttribute('aria-invalid', Boolean(error));
    if (error && !first) first = slot;
  }
  return first;
}

export const errorSlot = (field) => el('p', { class: 'field-error', 'data-error-for': field });

let currentView = 'households';
export const shownView = () => currentView;

/** Shows one screen (section#view-NAME) and marks its tab. */
export function showView(name) {
  currentView = name;
  for (const view of $$('main > .view')) view.hidden = view.id !== `view-${name}`;
  for (const tab of $$('nav.tabs button')) tab.setAttribute('aria-current', String(tab.dataset.view === name));
  window.scrollTo(0, 0);
}

export function setStatus(text, isError = false) {
  const status = $('#status');
  status.textContent = text;
  status.classList.toggle('error', isError);
}
