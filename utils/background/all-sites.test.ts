import { describe, expect, it, vi } from 'vitest';
import { ALL_SITES, allSitesOrigins } from '../all-sites';
import {
  allSites,
  allSitesScript,
  allSitesScriptId,
  canvasScriptsOf,
  handleAllSitesMessage,
  staticScriptOf,
  type AllSitesApis,
  type RegisteredScript,
} from './all-sites';

const known = ['*://*.31doc.com/*', '*://*.doc88.com/*'];
const manifest = { content_scripts: [{ js: ['content-scripts/content.js'], matches: known, run_at: 'document_idle' }] };
const base = staticScriptOf(manifest);

/** A browser with the optional permission granted or not, and the scripts registered so far. */
function fakeBrowser(granted: boolean, scripts: RegisteredScript[] = []) {
  const state = { granted, scripts: [...scripts], calls: [] as string[] };
  const apis: AllSitesApis = {
    permissions: {
      contains: vi.fn(async (p: { origins: string[] }) => state.granted && p.origins.every((o) => allSitesOrigins.includes(o))),
      remove: vi.fn(async () => {
        state.calls.push('remove');
        state.granted = false;
        return true;
      }),
    },
    scripting: {
      getRegisteredContentScripts: vi.fn(async (filter?: { ids?: string[] }) =>
        state.scripts.filter((s) => !filter?.ids || filter.ids.includes(s.id)),
      ),
      registerContentScripts: vi.fn(async (list: RegisteredScript[]) => {
        // As the browsers do: a second registration under one id is an error.
        for (const s of list) if (state.scripts.some((t) => t.id === s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
        state.calls.push('register');
        state.scripts.push(...list);
      }),
      updateContentScripts: vi.fn(async (list: RegisteredScript[]) => {
        state.calls.push('update');
        state.scripts = state.scripts.map((s) => list.find((u) => u.id === s.id) ?? s);
      }),
      unregisterContentScripts: vi.fn(async (filter?: { ids?: string[] }) => {
        state.calls.push('unregister');
        state.scripts = state.scripts.filter((s) => filter?.ids && !filter.ids.includes(s.id));
      }),
    },
  };
  return { apis, state };
}

describe('the registration', () => {
  it('runs the manifest’s content script, at its time, on every http(s) page but the known hosts', () => {
    expect(allSitesScript(base)).toEqual({
      id: allSitesScriptId,
      js: ['content-scripts/content.js'],
      matches: ['http://*/*', 'https://*/*'],
      excludeMatches: known,
      runAt: 'document_idle',
      persistAcrossSessions: true,
    });
  });

  it('reads the file and hosts from the manifest, with defaults for a manifest without content scripts (wxt dev)', () => {
    expect(staticScriptOf({ content_scripts: [{ js: ['a.js'], matches: ['*://x.cn/*'], run_at: 'document_end' }] })).toEqual({
      js: ['a.js'],
      matches: ['*://x.cn/*'],
      runAt: 'document_end',
    });
    expect(staticScriptOf({})).toEqual({ js: ['content-scripts/content.js'], matches: [], runAt: 'document_idle' });
  });
});

describe('reconcile (install, update, start, permission events)', () => {
  it('registers once the permission is granted, and only once however often it is called', async () => {
    const { apis, state } = fakeBrowser(true);
    const core = allSites(apis, base);
    // permissions.onAdded and the page's message arrive together after one grant.
    expect(await Promise.all([core.reconcile(), core.reconcile()])).toEqual([{ on: true }, { on: true }]);
    expect(state.calls).toEqual(['register']);
    expect(state.scripts).toEqual([allSitesScript(base)]);
  });

  it('does nothing while the permission is not granted (default install, declined prompt)', async () => {
    const { apis, state } = fakeBrowser(false);
    expect(await allSites(apis, base).reconcile()).toEqual({ on: false });
    expect(state.calls).toEqual([]);
    expect(state.scripts).toEqual([]);
  });

  it('unregisters when the permission was revoked in the browser’s settings', async () => {
    const { apis, state } = fakeBrowser(false, [allSitesScript(base)]);
    expect(await allSites(apis, base).reconcile()).toEqual({ on: false });
    expect(state.calls).toEqual(['unregister']);
    expect(state.scripts).toEqual([]);
  });

  it('leaves a current registration alone and brings an older one up to date', async () => {
    const current = fakeBrowser(true, [
      { ...allSitesScript(base), js: ['/content-scripts/content.js'], excludeMatches: [...known].reverse() },
    ]);
    expect(await allSites(current.apis, base).reconcile()).toEqual({ on: true });
    expect(current.state.calls).toEqual([]);
    const old = fakeBrowser(true, [{ ...allSitesScript(base), excludeMatches: ['*://*.31doc.com/*'] }]);
    expect(await allSites(old.apis, base).reconcile()).toEqual({ on: true });
    expect(old.state.calls).toEqual(['update']);
    expect(old.state.scripts).toEqual([allSitesScript(base)]);
  });

  it('keeps other registrations', async () => {
    const other = { id: 'someone-else', js: ['x.js'], matches: ['https://a.cn/*'] };
    const { apis, state } = fakeBrowser(false, [other, allSitesScript(base)]);
    await allSites(apis, base).reconcile();
    expect(state.scripts).toEqual([other]);
  });

  it('a failed registration rejects but does not block the next call', async () => {
    const { apis, state } = fakeBrowser(true);
    vi.mocked(apis.scripting.registerContentScripts).mockRejectedValueOnce(new Error('boom'));
    const core = allSites(apis, base);
    await expect(core.reconcile()).rejects.toThrow('boom');
    expect(await core.reconcile()).toEqual({ on: true });
    expect(state.scripts).toHaveLength(1);
  });
});

describe('switching off', () => {
  it('unregisters and gives the permission back', async () => {
    const { apis, state } = fakeBrowser(true, [allSitesScript(base)]);
    expect(await allSites(apis, base).disable()).toEqual({ on: false });
    expect(state.calls).toEqual(['unregister', 'remove']);
    expect(apis.permissions.remove).toHaveBeenCalledWith({ origins: allSitesOrigins });
    expect(state).toMatchObject({ granted: false, scripts: [] });
  });

  it('gives the permission back even when nothing was registered', async () => {
    const { apis, state } = fakeBrowser(true);
    expect(await allSites(apis, base).disable()).toEqual({ on: false });
    expect(state.calls).toEqual(['remove']);
  });
});

describe('the canvas recorder on every site', () => {
  const canvasHosts = ['*://*.wenku.baidu.com/*'];
  const full = {
    content_scripts: [
      { js: ['content-scripts/canvas-capture.js'], matches: canvasHosts, run_at: 'document_start', world: 'MAIN' },
      { js: ['content-scripts/canvas-listen.js'], matches: canvasHosts, run_at: 'document_start' },
      ...manifest.content_scripts,
    ],
  };
  const canvas = canvasScriptsOf(full);

  it('is not mistaken for the content script, which comes after it in the manifest', () => {
    expect(staticScriptOf(full)).toEqual(base);
  });

  it('runs in the page world at document_start, beside its listener, off its own hosts', () => {
    expect(canvas).toEqual([
      expect.objectContaining({
        id: `${allSitesScriptId}-canvas-capture`,
        world: 'MAIN',
        runAt: 'document_start',
        excludeMatches: canvasHosts,
        matches: ['http://*/*', 'https://*/*'],
      }),
      expect.objectContaining({ id: `${allSitesScriptId}-canvas-listen`, runAt: 'document_start', excludeMatches: canvasHosts }),
    ]);
    expect(canvas[1]).not.toHaveProperty('world');
  });

  it('is registered with the content script and goes with it', async () => {
    const { apis, state } = fakeBrowser(true);
    const core = allSites(apis, base, canvas);
    await core.reconcile();
    expect(state.scripts.map((s) => s.id)).toEqual([allSitesScriptId, ...canvas.map((c) => c.id)]);
    await core.reconcile();
    expect(state.calls).toEqual(['register', 'register', 'register']);
    await core.disable();
    expect(state.scripts).toEqual([]);
  });

  it('failing to register (a browser without page-world scripts) leaves all-sites cleaning on', async () => {
    const { apis, state } = fakeBrowser(true);
    const register = apis.scripting.registerContentScripts;
    apis.scripting.registerContentScripts = vi.fn(async (list: RegisteredScript[]) => {
      if (list.some((s) => s.world === 'MAIN')) throw new Error('world is not supported');
      return register(list);
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await allSites(apis, base, canvas).reconcile()).toEqual({ on: true });
    expect(state.scripts.map((s) => s.id)).toEqual([allSitesScriptId, `${allSitesScriptId}-canvas-listen`]);
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });
});

describe('messages', () => {
  const ID = 'jingdu-id';
  const ORIGIN = `chrome-extension://${ID}/`;
  const options = { id: ID, url: `${ORIGIN}options.html` };

  it('from the options page or popup: on reconciles, off disables, absent asks', async () => {
    const { apis, state } = fakeBrowser(true);
    const core = allSites(apis, base);
    expect(await handleAllSitesMessage(core, ORIGIN, ID, { type: ALL_SITES }, options)).toEqual({ on: true });
    expect(await handleAllSitesMessage(core, ORIGIN, ID, { type: ALL_SITES, on: true }, { id: ID, url: `${ORIGIN}popup.html` })).toEqual({
      on: true,
    });
    expect(state.calls).toEqual(['register']);
    expect(await handleAllSitesMessage(core, ORIGIN, ID, { type: ALL_SITES, on: false }, options)).toEqual({ on: false });
    expect(state.calls).toEqual(['register', 'unregister', 'remove']);
  });

  it('never from a content script, another extension or a malformed message', () => {
    const { apis, state } = fakeBrowser(true, [allSitesScript(base)]);
    const core = allSites(apis, base);
    const off = { type: ALL_SITES, on: false };
    expect(handleAllSitesMessage(core, ORIGIN, ID, off, { id: ID, url: 'https://www.31doc.com/p-1.html' })).toBeUndefined();
    expect(handleAllSitesMessage(core, ORIGIN, ID, off, { id: 'other', url: 'chrome-extension://other/options.html' })).toBeUndefined();
    expect(handleAllSitesMessage(core, ORIGIN, ID, off, { id: ID })).toBeUndefined();
    expect(handleAllSitesMessage(core, ORIGIN, ID, { type: ALL_SITES, on: 'no' }, options)).toBeUndefined();
    expect(handleAllSitesMessage(core, ORIGIN, ID, { type: 'jingdu:result' }, options)).toBeUndefined();
    expect(state.calls).toEqual([]);
  });
});
