// @vitest-environment happy-dom
import { ContentScriptContext } from '#imports';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '@/utils/settings';
import { lazyReader, registerReader, registeredReader } from '../page/lazy';
import { createReader } from './mount';
import { userClick } from './test-click';
import { sampleResult } from './test-result';

const hostOf = () => document.querySelector('jingdu-reader') as HTMLElement | null;
const inShadow = (sel: string) => hostOf()?.shadowRoot?.querySelector<HTMLElement>(sel) ?? null;

let ctx: ContentScriptContext;
beforeEach(() => {
  document.body.innerHTML = '<button id="page-btn">page</button><p id="page-text">page text</p>';
  ctx = new ContentScriptContext('content');
});
afterEach(() => {
  ctx.abort();
  registerReader(undefined);
});

// As the background does: running the reader script registers the overlay.
const injectReader = vi.fn(async () => registerReader(createReader));

function setup(result = sampleResult()) {
  const set = vi.fn();
  const onSave = vi.fn();
  const prefs = { get: () => ({ ...defaultSettings.reader, theme: 'sepia' as const }), set };
  const reader = lazyReader(ctx, () => result, prefs, onSave, injectReader);
  return { reader, set, onSave };
}

describe('the reader', () => {
  it('opens an overlay in a shadow root and closes it, giving focus back', async () => {
    const { reader } = setup();
    const pageBtn = document.getElementById('page-btn')!;
    pageBtn.focus();
    expect(await reader.open()).toBe(true);
    expect(reader.isOpen()).toBe(true);
    expect(inShadow('h1')?.textContent).toBe('2023年度工作总结');
    expect(hostOf()!.parentElement).toBe(document.documentElement);
    expect(inShadow('.jd-reader')?.dataset.theme).toBe('sepia');
    expect(document.activeElement).not.toBe(pageBtn);

    inShadow('.jd-reader')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(reader.isOpen()).toBe(false);
    expect(hostOf()).toBeNull();
    expect(document.activeElement).toBe(pageBtn);
  });

  it('toggles, and opens only once however often it is asked', async () => {
    const { reader } = setup();
    await Promise.all([reader.open(), reader.open()]);
    expect(document.querySelectorAll('jingdu-reader')).toHaveLength(1);
    expect(await reader.toggle()).toBe(false);
    expect(hostOf()).toBeNull();
    expect(await reader.toggle()).toBe(true);
    expect(hostOf()).not.toBeNull();
  });

  it('loads the reader script once, on the first opening', async () => {
    injectReader.mockClear();
    const { reader } = setup();
    expect(reader.isOpen()).toBe(false);
    reader.close();
    expect(injectReader).not.toHaveBeenCalled();
    await Promise.all([reader.open(), reader.open()]);
    reader.close();
    await reader.toggle();
    expect(injectReader).toHaveBeenCalledTimes(1);
    expect(reader.isOpen()).toBe(true);
  });

  it('does not open, nor load the reader script, without a result', async () => {
    const request = vi.fn(async () => registerReader(createReader));
    const reader = lazyReader(
      ctx,
      () => null,
      { get: () => defaultSettings.reader, set: () => {} },
      () => {},
      request,
    );
    expect(await reader.open()).toBe(false);
    expect(hostOf()).toBeNull();
    expect(request).not.toHaveBeenCalled();
  });

  it('stays closed when the reader script cannot be injected, and asks again next time', async () => {
    const request = vi.fn<() => Promise<void>>(() => Promise.reject(new Error('no access')));
    const reader = lazyReader(
      ctx,
      () => sampleResult(),
      { get: () => defaultSettings.reader, set: () => {} },
      () => {},
      request,
    );
    expect(await reader.open()).toBe(false);
    expect(registeredReader()).toBeUndefined();
    request.mockImplementation(async () => registerReader(createReader));
    expect(await reader.open()).toBe(true);
    expect(request).toHaveBeenCalledTimes(2);
  });

  it('keeps copy-blocking page listeners away from the reader only', async () => {
    const { reader } = setup();
    await reader.open();
    const pageSaw: string[] = [];
    // A site that cancels copying and selection, registered after the content script started.
    for (const type of ['copy', 'selectstart', 'contextmenu', 'keydown']) {
      document.addEventListener(type, (e) => (e.preventDefault(), pageSaw.push(type)), true);
    }
    const para = inShadow('article p')!;
    for (const type of ['copy', 'selectstart', 'contextmenu']) {
      const e = new Event(type, { bubbles: true, composed: true, cancelable: true });
      para.dispatchEvent(e);
      expect(e.defaultPrevented).toBe(false);
    }
    para.dispatchEvent(new KeyboardEvent('keydown', { key: 'c', ctrlKey: true, bubbles: true, composed: true }));
    expect(pageSaw).toEqual([]);

    document.getElementById('page-text')!.dispatchEvent(new Event('copy', { bubbles: true, cancelable: true }));
    expect(pageSaw).toEqual(['copy']);
    reader.close();
    para.dispatchEvent(new Event('copy', { bubbles: true, composed: true }));
    expect(pageSaw).toEqual(['copy']);
  });

  it('saves the preferences the user changes', async () => {
    const { reader, set } = setup();
    await reader.open();
    const dark = [...hostOf()!.shadowRoot!.querySelectorAll('button')].find(
      (b) => b.textContent?.includes('深色') || b.textContent?.includes('Dark'),
    )!;
    userClick(dark);
    expect(set).toHaveBeenCalledWith({ ...defaultSettings.reader, theme: 'dark' });
  });

  it('gives the selection in its article, saves it from the toolbar and shows how it went', async () => {
    const { reader, onSave } = setup();
    expect(reader.selection()).toBe('');
    expect(reader.notify({ ok: true, status: 'created' })).toBe(false);
    await reader.open();
    // Preact runs effects (the selection listener among them) after the next frame.
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r)));
    const para = inShadow('article > p:not([class])')!;
    const range = document.createRange();
    range.selectNodeContents(para);
    document.getSelection()!.addRange(range);
    expect(reader.selection()).toBe(para.textContent);
    await vi.waitFor(() => expect((inShadow('.jd-save') as HTMLButtonElement).disabled).toBe(false));
    inShadow('.jd-save')!.click();
    expect(onSave).not.toHaveBeenCalled();
    userClick(inShadow('.jd-save')!);
    expect(onSave).toHaveBeenCalledWith(para.textContent);

    expect(reader.notify({ ok: false, code: 'quota' })).toBe(true);
    await vi.waitFor(() => expect(inShadow('.jd-toast')?.dataset.kind).toBe('error'));
    expect(inShadow('.jd-toast')?.textContent).toMatch(/^(存储空间已满|Storage is full)/);
    document.getSelection()!.removeAllRanges();
    reader.close();
    expect(reader.selection()).toBe('');
  });
});
