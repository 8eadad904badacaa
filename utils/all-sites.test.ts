import { describe, expect, it, vi } from 'vitest';
import { ALL_SITES, allSitesOn, allSitesOrigins, isAllSitesMessage, switchAllSites, type AllSitesClientApis } from './all-sites';

/** A page's view of the browser: what the prompt answers, and what the background replies. */
function fakeApis(opts: { grant?: boolean | Error; reply?: unknown; sendFails?: boolean; granted?: boolean } = {}) {
  const order: string[] = [];
  const apis: AllSitesClientApis = {
    permissions: {
      request: vi.fn((p: { origins: string[] }) => {
        order.push(`request ${p.origins.join(' ')}`);
        if (opts.grant instanceof Error) throw opts.grant;
        return Promise.resolve(opts.grant ?? true);
      }),
      contains: vi.fn(async () => opts.granted ?? false),
    },
    send: vi.fn(async (msg) => {
      order.push(`send ${JSON.stringify(msg)}`);
      if (opts.sendFails) throw new Error('Could not establish connection');
      return 'reply' in opts ? opts.reply : { on: msg.on !== false };
    }),
  };
  return { apis, order };
}

describe('turning it on', () => {
  it('asks for the origins first, in the same task as the click, then has the background register', async () => {
    const { apis, order } = fakeApis({ grant: true });
    const pending = switchAllSites(apis, true);
    // Nothing awaited before the request: the user's gesture still counts.
    expect(order).toEqual([`request ${allSitesOrigins.join(' ')}`]);
    expect(await pending).toEqual({ on: true, note: 'on' });
    expect(order[1]).toBe(`send ${JSON.stringify({ type: ALL_SITES, on: true })}`);
  });

  it('stays off with a message when the user declines, and nothing is sent', async () => {
    const { apis, order } = fakeApis({ grant: false });
    expect(await switchAllSites(apis, true)).toEqual({ on: false, note: 'declined' });
    expect(order).toHaveLength(1);
  });

  it('stays off and says why when the browser refuses to ask (no user gesture)', async () => {
    const { apis } = fakeApis({ grant: new Error('permissions.request may only be called from a user input handler') });
    expect(await switchAllSites(apis, true)).toEqual({
      on: false,
      note: 'failed',
      reason: 'permissions.request may only be called from a user input handler',
    });
    vi.mocked(apis.permissions.request).mockImplementation(() =>
      Promise.reject(new Error('This function must be called during a user gesture')),
    );
    expect(await switchAllSites(apis, true)).toEqual({
      on: false,
      note: 'failed',
      reason: 'This function must be called during a user gesture',
    });
  });

  it('is on when granted even if the background does not answer (it registers on permissions.onAdded), but says so', async () => {
    expect(await switchAllSites(fakeApis({ sendFails: true }).apis, true)).toEqual({
      on: true,
      note: 'failed',
      reason: 'Could not establish connection',
    });
    expect(await switchAllSites(fakeApis({ reply: undefined }).apis, true)).toEqual({ on: true, note: 'failed', reason: 'no answer' });
    expect(await switchAllSites(fakeApis({ reply: { on: false } }).apis, true)).toEqual({
      on: false,
      note: 'failed',
      reason: 'not granted',
    });
  });
});

describe('turning it off', () => {
  it('has the background unregister and give the permission back, without a prompt', async () => {
    const { apis, order } = fakeApis();
    expect(await switchAllSites(apis, false)).toEqual({ on: false, note: 'off' });
    expect(order).toEqual([`send ${JSON.stringify({ type: ALL_SITES, on: false })}`]);
    expect(apis.permissions.request).not.toHaveBeenCalled();
  });

  it('stays on and says why when the background fails', async () => {
    expect(await switchAllSites(fakeApis({ sendFails: true }).apis, false)).toEqual({
      on: true,
      note: 'failed',
      reason: 'Could not establish connection',
    });
    expect(await switchAllSites(fakeApis({ reply: { on: true } }).apis, false)).toEqual({ on: true, note: 'failed', reason: 'no answer' });
  });
});

describe('the state and the message shape', () => {
  it('is the permission; a browser without the API reads as off', async () => {
    expect(await allSitesOn(fakeApis({ granted: true }).apis)).toBe(true);
    expect(await allSitesOn(fakeApis({ granted: false }).apis)).toBe(false);
    const broken = fakeApis().apis;
    vi.mocked(broken.permissions.contains).mockRejectedValue(new Error('not implemented'));
    expect(await allSitesOn(broken)).toBe(false);
  });

  it('accepts only { type, on?: boolean }', () => {
    expect(isAllSitesMessage({ type: ALL_SITES })).toBe(true);
    expect(isAllSitesMessage({ type: ALL_SITES, on: false })).toBe(true);
    for (const bad of [null, ALL_SITES, { type: ALL_SITES, on: 1 }, { type: 'jingdu:clean' }]) expect(isAllSitesMessage(bad)).toBe(false);
  });
});
