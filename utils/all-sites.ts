/**
 * The switch "clean recognised pages on every site", as the options page and the popup use it. Kept
 * free of engine and extension imports: wxt.config.ts reads the origins for the manifest, and the popup
 * should not carry the host rules for it. The background's side is utils/background/all-sites.ts.
 */

/** http and https only (no file:, no ftp:); two patterns, so that neither contains a required host pattern. */
export const allSitesOrigins = ['http://*/*', 'https://*/*'];

export const ALL_SITES = 'jingdu:all-sites';
/** To the background: `on: true` after the permission request (registers if granted), `false` switches off, absent asks. */
export type AllSitesMessage = { type: typeof ALL_SITES; on?: boolean };
/** The background's answer. */
export interface AllSitesState {
  on: boolean;
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

export function isAllSitesMessage(msg: unknown): msg is AllSitesMessage {
  return isObject(msg) && msg.type === ALL_SITES && (msg.on === undefined || typeof msg.on === 'boolean');
}

const isState = (x: unknown): x is AllSitesState => isObject(x) && typeof x.on === 'boolean';

/** What a page needs of browser.permissions and runtime.sendMessage; tests pass fakes. */
export interface AllSitesClientApis {
  permissions: {
    request(p: { origins: string[] }): Promise<boolean>;
    contains(p: { origins: string[] }): Promise<boolean>;
  };
  send(msg: AllSitesMessage): Promise<unknown>;
}

/** How a switch went: on (registered), off, declined (the user said no), failed (with the browser's reason). */
export type AllSitesNote = 'on' | 'off' | 'declined' | 'failed';
export interface AllSitesOutcome {
  on: boolean;
  note: AllSitesNote;
  reason?: string;
}

const reasonOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Whether the permission is granted now (the background keeps the registration in step with it). */
export async function allSitesOn(apis: AllSitesClientApis): Promise<boolean> {
  try {
    return await apis.permissions.contains({ origins: [...allSitesOrigins] });
  } catch {
    return false;
  }
}

/**
 * Call straight from the click handler: the permission request must be the first thing it does, while
 * the user's gesture lasts (Firefox refuses it after any await). Once granted, the background registers
 * the content script; it also does so on permissions.onAdded, for when the popup closes under the
 * browser's prompt before it hears the answer.
 */
export function switchAllSites(apis: AllSitesClientApis, on: boolean): Promise<AllSitesOutcome> {
  if (!on) {
    return apis.send({ type: ALL_SITES, on: false }).then(
      (reply) => (isState(reply) && !reply.on ? { on: false, note: 'off' } : { on: true, note: 'failed', reason: 'no answer' }),
      (err: unknown) => ({ on: true, note: 'failed', reason: reasonOf(err) }),
    );
  }
  let asked: Promise<boolean>;
  try {
    asked = apis.permissions.request({ origins: [...allSitesOrigins] });
  } catch (err) {
    return Promise.resolve({ on: false, note: 'failed', reason: reasonOf(err) });
  }
  return asked.then(
    async (granted): Promise<AllSitesOutcome> => {
      if (!granted) return { on: false, note: 'declined' };
      try {
        const reply = await apis.send({ type: ALL_SITES, on: true });
        if (isState(reply)) return reply.on ? { on: true, note: 'on' } : { on: false, note: 'failed', reason: 'not granted' };
        return { on: true, note: 'failed', reason: 'no answer' };
      } catch (err) {
        return { on: true, note: 'failed', reason: reasonOf(err) };
      }
    },
    (err: unknown) => ({ on: false, note: 'failed', reason: reasonOf(err) }),
  );
}
