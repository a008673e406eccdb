// LangSo field app: starts the service worker, loads the texts and the phone's session, and wires the header,
// sign-in and sign-out, and the screens. Works with no signal once signed in; writes wait in the outbox.
import { $, $$, showView, shownView, setStatus } from './js/dom.js';
import { on, deviceName } from './js/util.js';
import { loadTexts, t, currentLanguage } from './js/text.js';
import { request, useToken, hasToken, basicCredentials, ApiError } from './js/api.js';
import * as store from './js/store.js';
import { startOutbox, flush, showCounts } from './js/outbox.js';
import { initHouseholds, showHamlets, reloadHouseholds, downloadHouseholds } from './js/households.js';
import { initHouseholdForm, useHamlets, openHouseholdForm } from './js/household-form.js';
import { initVisitForm, useBootstrap, openVisitForm } from './js/visit-form.js';
import { initLists, renderAll, refreshFollowups, refreshRecent } from './js/lists.js';
import { initAttendance, useBootstrapForAttendance, refreshSessions, renderSessions } from './js/attendance.js';

let reachable = true; // false after a request found no network, until one gets through
let bootstrap = null;
let resumeView = 'households'; // the screen to come back to after signing in again (a half-filled form)

const setReady = (ready) => (document.body.dataset.ready = String(ready));

async function start() {
  registerServiceWorker();
  wireHeader();
  wireEvents();
  initHouseholds();
  initHouseholdForm();
  initVisitForm();
  initLists();
  initAttendance();
  startOutbox(hasToken);
  await loadTexts();
  await showCounts();

  const token = await store.getSetting('token');
  if (!token) return showSignin();
  useToken(token);
  bootstrap = await store.getSetting('bootstrap');
  if (!bootstrap) {
    try {
      await loadBootstrap();
    } catch (error) {
      if (error.kind === 'network') return showSignin(t('fieldapp.signin.needsNetwork'));
      await forgetToken();
      return showSignin(error.detail ?? String(error));
    }
  }
  await enterApp();
  setReady(true);
  refreshInBackground();
}

function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  const scope = new URL('./', import.meta.url).href;
  navigator.serviceWorker.register(new URL('sw.js', import.meta.url).href, { scope }).catch(() => {
    // Without the worker the app still runs online; its texts fall back to the copy in localStorage.
  });
}

// ---- header

function wireHeader() {
  window.addEventListener('online', () => {
    reachable = true;
    showOnline();
  });
  window.addEventListener('offline', showOnline);
  $('#lang-switch').addEventListener('click', () => loadTexts(currentLanguage() === 'vi' ? 'en' : 'vi'));
  $('#send-now').addEventListener('click', () => {
    if (!hasToken()) return setStatus(t('fieldapp.outbox.signInFirst'), true);
    flush({ manual: true });
  });
  for (const tab of $$('nav.tabs button')) tab.addEventListener('click', () => showView(tab.dataset.view));
  $('#signin-form').addEventListener('submit', signIn);
  $('#signout').addEventListener('click', signOut);
}

function showOnline() {
  const online = navigator.onLine && reachable;
  const status = $('#online-status');
  status.dataset.state = online ? 'online' : 'offline';
  status.textContent = t(online ? 'fieldapp.online' : 'fieldapp.offline');
}

function showUnsent({ unsent, parked }) {
  $('#outbox-count').textContent = t('fieldapp.outbox.count', unsent);
  $('#outbox-count').classList.toggle('has-items', unsent > 0);
  $('#parked-badge').textContent = String(parked);
  $('#parked-badge').hidden = parked === 0;
}

function wireEvents() {
  on('connectivity', (ok) => {
    reachable = ok;
    showOnline();
  });
  on('counts', showUnsent);
  on('status', ({ text, error }) => setStatus(text, error));
  on('texts-changed', () => {
    store.setSetting('language', currentLanguage());
    showOnline();
    showCounts();
    showWho();
  });
  on('saved', () => flush());
  on('visits-sent', () => {
    refreshFollowups();
    refreshRecent();
  });
  on('attendance-sent', () => refreshSessions());
  on('open-visit', openVisitForm);
  on('edit-parked', (item) => (item.kind === 'household' ? openHouseholdForm(item) : openVisitForm({ parked: item })));
  on('auth-lost', sessionEnded);
}

// ---- session

/** GET /me/field: who the caller is, their team, hamlets, services, skills; kept for offline use. */
async function loadBootstrap() {
  const answer = await request('GET', 'me/field');
  await store.setSetting('bootstrap', answer);
  bootstrap = answer;
  applyBootstrap();
}

function applyBootstrap() {
  showHamlets(bootstrap.hamlets);
  useHamlets(bootstrap.hamlets);
  useBootstrap(bootstrap);
  useBootstrapForAttendance(bootstrap);
  $('#no-team').hidden = Boolean(bootstrap.team);
  showWho();
}

function showWho() {
  if (!bootstrap) return;
  const team = bootstrap.team;
  $('#who').textContent = team
    ? t('fieldapp.account.withTeam', bootstrap.displayName, team.name, team.unitName)
    : t('fieldapp.account.withoutTeam', bootstrap.displayName);
}

async function enterApp() {
  applyBootstrap();
  document.body.dataset.screen = 'app';
  $('#signin').hidden = true;
  $('#app').hidden = false;
  showView(resumeView);
  resumeView = 'households';
  await reloadHouseholds();
  await renderAll();
  await renderSessions();
}

/** Brings the cached data up to date when there is a signal; none of it is needed to work. */
async function refreshInBackground() {
  flush();
  if (!navigator.onLine) return;
  try {
    await loadBootstrap();
  } catch (error) {
    if (error.kind === 'auth') return sessionEnded();
  }
  if ((await store.allHouseholds()).length === 0) await downloadHouseholds();
  await Promise.all([refreshFollowups(), refreshRecent(), refreshSessions()]);
}

function showSignin(notice) {
  document.body.dataset.screen = 'signin';
  $('#app').hidden = true;
  $('#signin').hidden = false;
  $('#signin-notice').textContent = notice ?? '';
  $('#signin-notice').hidden = !notice;
  store.getSetting('username').then((username) => {
    if (username && !$('#signin-username').value) $('#signin-username').value = username;
  });
  setReady(true);
}

/** A 401 while signed in: the token is over, but nothing unsent is lost; signing in again resumes sending. */
async function sessionEnded() {
  if (!hasToken()) return;
  useToken(null);
  resumeView = shownView();
  await store.deleteSetting('token');
  showSignin(t('fieldapp.signin.expired'));
}

async function signIn(event) {
  event.preventDefault();
  setReady(false);
  const username = $('#signin-username').value.trim();
  const password = $('#signin-password').value;
  const error = $('#signin-error');
  error.textContent = '';
  if (!username || !password) {
    error.textContent = t('fieldapp.signin.missing');
    return setReady(true);
  }
  if (!(await mayTakeOverPhone(username))) return setReady(true);
  $('#signin-submit').disabled = true;
  try {
    const issued = await request('POST', 'device-tokens', {
      basic: basicCredentials(username, password),
      body: { deviceName: deviceName() },
    });
    if (!issued?.token) throw new ApiError('retry', 0, t('fieldapp.error.unexpected'));
    const sameUser = (await store.getSetting('username'))?.toLowerCase() === username.toLowerCase();
    if (!sameUser) {
      await store.forgetServerData(true);
      resumeView = 'households';
    }
    useToken(issued.token);
    await store.setSetting('token', issued.token);
    await store.setSetting('tokenId', issued.id);
    await store.setSetting('username', username);
    $('#signin-password').value = '';
    await loadBootstrap();
    await enterApp();
    if (!sameUser || (await store.allHouseholds()).length === 0) await downloadHouseholds();
    await Promise.all([refreshFollowups(), refreshSessions()]);
    setReady(true);
    await flush();
    await refreshRecent();
  } catch (failure) {
    if (hasToken() && failure.kind !== 'network') await forgetToken();
    error.textContent = failure.kind === 'network' ? t('fieldapp.signin.needsNetwork') : failure.detail ?? String(failure);
    showSignin($('#signin-notice').textContent || null);
  } finally {
    $('#signin-submit').disabled = false;
  }
}

/**
 * Another account's unsent items on this phone would be sent in the new caller's name; they go only if the person
 * signing in agrees to discard them.
 */
async function mayTakeOverPhone(username) {
  const previous = await store.getSetting('username');
  const unsent = (await store.outboxItems()).length;
  if (!previous || unsent === 0 || previous.toLowerCase() === username.toLowerCase()) return true;
  if (!confirm(t('fieldapp.signin.otherUserUnsent', unsent, previous))) return false;
  await store.clearOutbox();
  await store.forgetServerData(false);
  return true;
}

async function forgetToken() {
  useToken(null);
  await Promise.all(['token', 'tokenId', 'bootstrap'].map(store.deleteSetting));
  bootstrap = null;
}

async function signOut() {
  const unsent = (await store.outboxItems()).length;
  if (unsent > 0 && !confirm(t('fieldapp.signout.confirmUnsent', unsent))) return;
  try {
    await request('DELETE', 'device-tokens/current', { timeoutMs: 10000 });
  } catch {
    // Offline, or already ended: the phone forgets the token all the same.
  }
  await forgetToken();
  await store.forgetServerData(unsent > 0);
  $('#signin-password').value = '';
  showSignin(unsent > 0 ? t('fieldapp.signout.keptUnsent', unsent) : null);
  setStatus(t('fieldapp.signout.done'));
}

// IndexedDB refused (a private window, storage blocked or full): say so rather than show a blank screen.
start().catch((error) => setStatus(t('fieldapp.error.start', error?.message ?? error), true));
