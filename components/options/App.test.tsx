// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/options/App';
import { defaultSettings, loadSettings, updateSettings } from '@/utils/settings';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

async function setup(lang: 'zh' | 'en' = 'zh') {
  const view = render(<App lang={lang} />);
  await screen.findByRole('switch', { name: /打开文档页面时自动清理|Clean document pages as they load/ });
  return view;
}
const saved = async (check: (s: Awaited<ReturnType<typeof loadSettings>>) => void) => waitFor(async () => check(await loadSettings()));

describe('options page', () => {
  it('shows the defaults', async () => {
    await setup();
    expect((screen.getByRole('switch', { name: /打开文档页面时自动清理/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('switch', { name: /去掉拼音注音/ }) as HTMLInputElement).checked).toBe(true);
    const kinds = screen.getAllByRole('checkbox') as HTMLInputElement[];
    expect(kinds.length).toBe(14);
    expect(kinds.every((k) => k.checked)).toBe(true);
    expect((screen.getByRole('radio', { name: /浅色/ }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByText('道客巴巴')).toBeTruthy();
  });

  it('switches automatic cleaning off, globally and per site', async () => {
    await setup();
    fireEvent.click(screen.getByRole('switch', { name: /道客巴巴/ }));
    await saved((s) => expect(s.offSites).toEqual(['doc88']));
    fireEvent.click(screen.getByRole('switch', { name: /打开文档页面时自动清理/ }));
    await saved((s) => expect(s.autoClean).toBe(false));
    expect((screen.getByRole('switch', { name: /豆丁/ }) as HTMLInputElement).disabled).toBe(true);
  });

  it('keeps the noise the user unchecks, pinyin included', async () => {
    await setup();
    fireEvent.click(screen.getByRole('checkbox', { name: /广告/ }));
    await saved((s) => expect(s.keep).toEqual(['ad']));
    fireEvent.click(screen.getByRole('switch', { name: /去掉拼音注音/ }));
    await saved((s) => expect(s.keep).toEqual(['ad', 'pinyin']));
    fireEvent.click(screen.getByRole('checkbox', { name: /广告/ }));
    await saved((s) => expect(s.keep).toEqual(['pinyin']));
  });

  it('sets the reader defaults', async () => {
    await setup();
    fireEvent.click(screen.getByRole('radio', { name: /深色/ }));
    await saved((s) => expect(s.reader.theme).toBe('dark'));
    fireEvent.click(screen.getByRole('radio', { name: /宋体/ }));
    fireEvent.input(screen.getByRole('slider'), { target: { value: '22' } });
    await saved((s) => expect(s.reader).toEqual({ theme: 'dark', font: 'serif', fontSize: 22 }));
  });

  it('lists other switched-off sites and switches them back on', async () => {
    await updateSettings((s) => ({ ...s, offSites: ['example.org'] }));
    await setup();
    fireEvent.click(screen.getByRole('button', { name: '恢复 example.org 的自动清理' }));
    await saved((s) => expect(s.offSites).toEqual([]));
    await waitFor(() => expect(screen.queryByText('example.org')).toBeNull());
  });

  it('restores the defaults and follows changes made elsewhere', async () => {
    await setup();
    fireEvent.click(screen.getByRole('checkbox', { name: /评论/ }));
    await saved((s) => expect(s.keep).toEqual(['comments']));
    fireEvent.click(screen.getByRole('button', { name: '恢复默认设置' }));
    await saved((s) => expect(s).toEqual(defaultSettings));
    await updateSettings((s) => ({ ...s, autoClean: false }));
    await waitFor(() => expect((screen.getByRole('switch', { name: /打开文档页面时自动清理/ }) as HTMLInputElement).checked).toBe(false));
  });

  it('speaks English', async () => {
    await setup('en');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('JingDu settings');
    expect(screen.getByRole('checkbox', { name: /Ads/ })).toBeTruthy();
    expect(screen.getByText('Doc88')).toBeTruthy();
  });
});
