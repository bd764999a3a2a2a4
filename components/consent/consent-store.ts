/**
 * The visitor's consent in the browser: one small store that the banner, the settings dialog,
 * the footer link and every gate subscribe to. It learns the choice from the server (which
 * alone can check the cookie's signature) and records new choices there.
 * @module
 */
import { applyGpc, type OptionalCategory } from '@/lib/privacy/consent/categories';
import { CONSENT_COOKIE } from '@/lib/privacy/consent/cookie-name';

export type ConsentAction = 'accept-all' | 'reject-all' | 'custom';

export interface ConsentSnapshot {
  /** `unknown` until the server has answered: nothing optional runs, no banner shows. */
  status: 'unknown' | 'undecided' | 'decided';
  granted: readonly OptionalCategory[];
  isGpcOn: boolean;
  isSettingsOpen: boolean;
  /** Counts the openings of the settings, so each starts from the choice as it is now. */
  settingsOpenings: number;
  /** A save that failed, for the live region. */
  error: string | null;
}

interface ServerState {
  isDecided: boolean;
  granted: OptionalCategory[];
  isGpcOn: boolean;
}

const ENDPOINT = '/api/consent/';

let snapshot: ConsentSnapshot = {
  status: 'unknown',
  granted: [],
  isGpcOn: false,
  isSettingsOpen: false,
  settingsOpenings: 0,
  error: null,
};
const listeners = new Set<() => void>();
let started = false;
let returnFocusTo: HTMLElement | null = null;
const withdrawListeners = new Set<(withdrawn: OptionalCategory[]) => void>();

function update(next: Partial<ConsentSnapshot>): void {
  snapshot = { ...snapshot, ...next };
  for (const listener of listeners) listener();
}

export function subscribeConsent(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getConsentSnapshot(): ConsentSnapshot {
  return snapshot;
}

const SERVER_SNAPSHOT: ConsentSnapshot = { ...snapshot };

/** What the server renders: nothing decided, so nothing optional in the HTML. */
export function getServerConsentSnapshot(): ConsentSnapshot {
  return SERVER_SNAPSHOT;
}

/** navigator.globalPrivacyControl, which the GPC spec adds to the Navigator interface. */
export function readBrowserGpc(): boolean {
  return (
    (navigator as Navigator & { globalPrivacyControl?: boolean }).globalPrivacyControl === true
  );
}

function hasConsentCookie(): boolean {
  return document.cookie.split(';').some((pair) => pair.trim().startsWith(`${CONSENT_COOKIE}=`));
}

function fromServer(state: ServerState, isBrowserGpcOn: boolean): Partial<ConsentSnapshot> {
  const isGpcOn = state.isGpcOn || isBrowserGpcOn;
  return {
    status: state.isDecided ? 'decided' : 'undecided',
    granted: applyGpc(state.granted, isGpcOn),
    isGpcOn,
  };
}

/**
 * Reads the choice once per page load: no cookie means no choice, without asking the server;
 * a cookie is only believed once the server has checked it.
 */
export async function startConsent(): Promise<void> {
  if (started) return;
  started = true;
  const isBrowserGpcOn = readBrowserGpc();
  if (!hasConsentCookie()) {
    update({ status: 'undecided', isGpcOn: isBrowserGpcOn });
    return;
  }
  try {
    const response = await fetch(ENDPOINT, { cache: 'no-store', credentials: 'same-origin' });
    if (!response.ok) throw new Error(`consent state: ${response.status}`);
    update(fromServer((await response.json()) as ServerState, isBrowserGpcOn));
  } catch {
    update({ status: 'undecided', isGpcOn: isBrowserGpcOn });
  }
}

/** Records a choice on the server; the store follows what the server granted. */
export async function saveConsent(
  action: ConsentAction,
  categories: readonly OptionalCategory[] = [],
): Promise<boolean> {
  const before = snapshot.granted;
  const isBrowserGpcOn = readBrowserGpc();
  try {
    const response = await fetch(ENDPOINT, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action, categories, gpc: isBrowserGpcOn }),
    });
    if (!response.ok) throw new Error(`consent save: ${response.status}`);
    update({ ...fromServer((await response.json()) as ServerState, isBrowserGpcOn), error: null });
  } catch {
    update({ error: 'Your choice could not be saved. Please try again.' });
    return false;
  }
  const withdrawn = before.filter((category) => !snapshot.granted.includes(category));
  if (withdrawn.length > 0) for (const listener of withdrawListeners) listener(withdrawn);
  return true;
}

/** Runs `listener` with the categories a new choice took away. */
export function onWithdraw(listener: (withdrawn: OptionalCategory[]) => void): () => void {
  withdrawListeners.add(listener);
  return () => withdrawListeners.delete(listener);
}

/** Opens the settings dialog; focus goes back to `opener` when it closes. */
export function openConsentSettings(opener: HTMLElement | null): void {
  returnFocusTo = opener;
  update({ isSettingsOpen: true, settingsOpenings: snapshot.settingsOpenings + 1 });
}

/** Closes the settings dialog and hands focus back to what opened it. */
export function closeConsentSettings(): HTMLElement | null {
  update({ isSettingsOpen: false });
  const target = returnFocusTo;
  returnFocusTo = null;
  return target;
}
