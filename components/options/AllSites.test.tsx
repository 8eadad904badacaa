// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AllSites as PopupAllSites } from '@/components/popup/AllSites';
import { popupText } from '@/components/popup/strings';
import { AllSites } from './AllSites';
import { optionsT } from './strings';
import type { AllSitesUiApis } from './useAllSites';

afterEach(cleanup);

/** The browser as the switch sees it: a prompt answering `grant`, a background that follows the permission. */
function fakeApis(grant: boolean, granted = false) {
  const state = { granted, listeners: [] as Array<() => void> };
  const apis: AllSitesUiApis = {
    permissions: {
      request: vi.fn(async () => (state.granted ||= grant)),
      contains: vi.fn(async () => state.granted),
    },
    send: vi.fn(async (msg) => {
      if (msg.on === false) state.granted = false;
      return { on: state.granted };
    }),
    watch: (changed) => {
      state.listeners.push(changed);
      return () => void (state.listeners = state.listeners.filter((l) => l !== changed));
    },
  };
  /** The user removes the permission in the browser's settings. */
  const revoke = () => {
    state.granted = false;
    for (const l of state.listeners) l();
  };
  return { apis, state, revoke };
}

const theSwitch = (name: RegExp) => screen.getByRole('switch', { name }) as HTMLInputElement;
const ready = (name: RegExp) => waitFor(() => expect(theSwitch(name).disabled).toBe(false));

describe('options: clean recognised pages on every site', () => {
  const zh = /在所有网站清理识别出的文档页/;

  it('asks for the permission when turned on and shows it on once granted', async () => {
    const { apis } = fakeApis(true);
    render(<AllSites t={optionsT('zh')} apis={apis} />);
    await ready(zh);
    expect(theSwitch(zh).checked).toBe(false);
    fireEvent.click(theSwitch(zh));
    expect(apis.permissions.request).toHaveBeenCalledWith({ origins: ['http://*/*', 'https://*/*'] });
    await screen.findByText('已开启：之后打开的页面中，识别出的文档页会自动清理。');
    expect(theSwitch(zh).checked).toBe(true);
  });

  it('stays off with a clear message when the user declines', async () => {
    const { apis } = fakeApis(false);
    render(<AllSites t={optionsT('en')} apis={apis} />);
    const en = /Clean recognised pages on every site/;
    await ready(en);
    fireEvent.click(theSwitch(en));
    expect((await screen.findByRole('alert')).textContent).toBe('Access to all sites was not granted, so this stays off.');
    expect(theSwitch(en).checked).toBe(false);
    expect(apis.send).not.toHaveBeenCalled();
  });

  it('turns off, and follows a permission revoked in the browser’s settings', async () => {
    const { apis, revoke, state } = fakeApis(true, true);
    render(<AllSites t={optionsT('zh')} apis={apis} />);
    await waitFor(() => expect(theSwitch(zh).checked).toBe(true));
    fireEvent.click(theSwitch(zh));
    await screen.findByText('已关闭：只在支持的网站上自动清理，访问所有网站的权限已交还。');
    expect(theSwitch(zh).checked).toBe(false);
    expect(apis.permissions.request).not.toHaveBeenCalled();
    state.granted = true;
    fireEvent.click(theSwitch(zh));
    await waitFor(() => expect(theSwitch(zh).checked).toBe(true));
    revoke();
    await waitFor(() => expect(theSwitch(zh).checked).toBe(false));
  });
});

describe('popup: the same switch', () => {
  it('turns on, or stays off when declined, with its own strings', async () => {
    const name = /在所有网站清理识别出的文档页/;
    const granted = fakeApis(true);
    const view = render(<PopupAllSites t={popupText('zh')} apis={granted.apis} />);
    await ready(name);
    fireEvent.click(theSwitch(name));
    await screen.findByText('已开启：之后打开的页面中，识别出的文档页会自动清理。');
    view.unmount();
    render(<PopupAllSites t={popupText('zh')} apis={fakeApis(false).apis} />);
    await ready(name);
    fireEvent.click(theSwitch(name));
    expect((await screen.findByRole('alert')).textContent).toBe('没有获得访问所有网站的权限，所以此项保持关闭。');
    expect(theSwitch(name).checked).toBe(false);
  });
});
