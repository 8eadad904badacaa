// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { handleOcrMessage, ocrPageOpener, siteOf, type OcrRelayDeps } from './ocr';

const ID = 'jingdu-id';
const tab = { id: ID, tab: { id: 7, url: 'https://max.book118.com/html/2026/1202/1.shtm' } };
const read = { type: 'jingdu:ocr-read', src: 'https://max.book118.com/p/1.png', key: 'https://max.book118.com/p/1.png#800x1131' };
const deps = (send: OcrRelayDeps['send'], ensurePage: OcrRelayDeps['ensurePage'] = async () => undefined): OcrRelayDeps => ({
  runtimeId: ID,
  ensurePage,
  send,
});

describe('handleOcrMessage', () => {
  it('has the OCR page read what a content script of ours asks for, and answers with its result', async () => {
    const send = vi.fn(async () => ({ ok: true, cached: false, blocks: [{ text: '一、总体情况', confidence: 0.97 }] }));
    await expect(handleOcrMessage(deps(send), read, tab)).resolves.toEqual({
      ok: true,
      cached: false,
      blocks: [{ text: '一、总体情况', confidence: 0.97 }],
    });
    expect(send).toHaveBeenCalledWith({ type: 'jingdu:ocr-run', src: read.src, key: read.key });
  });

  it('answers nothing to other messages, other extensions, extension pages, or sources that are no image address', () => {
    const send = vi.fn();
    expect(handleOcrMessage(deps(send), { type: 'jingdu:save' }, tab)).toBeUndefined();
    expect(handleOcrMessage(deps(send), read, { id: 'other', tab: { id: 7 } })).toBeUndefined();
    expect(handleOcrMessage(deps(send), read, { id: ID })).toBeUndefined();
    expect(handleOcrMessage(deps(send), { ...read, src: 'javascript:alert(1)' }, tab)).toBeUndefined();
    expect(handleOcrMessage(deps(send), { ...read, src: 'file:///etc/passwd' }, tab)).toBeUndefined();
    expect(send).not.toHaveBeenCalled();
  });

  it('reads images of the page’s own site only (its CDN hosts included), and data: pixels', async () => {
    const send = vi.fn(async () => ({ ok: true, cached: false, blocks: [] }));
    await expect(handleOcrMessage(deps(send), { ...read, src: 'https://view-cache.book118.com/p/2.png' }, tab)).resolves.toMatchObject({
      ok: true,
    });
    await expect(handleOcrMessage(deps(send), { ...read, src: 'data:image/png;base64,iVBORw0KGgo=' }, tab)).resolves.toMatchObject({
      ok: true,
    });
    for (const src of ['http://192.168.1.1/admin.png', 'https://bank.example.com/statement.png', 'https://book118.com.evil.cn/p.png']) {
      await expect(handleOcrMessage(deps(send), { ...read, src }, tab), src).resolves.toEqual({ ok: false, code: 'failed' });
    }
    await expect(handleOcrMessage(deps(send), read, { id: ID, tab: { id: 7 } })).resolves.toEqual({ ok: false, code: 'failed' });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('names sites as registries do, near enough', () => {
    expect(['https://max.book118.com/x', 'https://a.b.renrendoc.com.cn/', 'http://127.0.0.1/', 'not a url'].map(siteOf)).toEqual([
      'book118.com',
      'renrendoc.com.cn',
      '127.0.0.1',
      null,
    ]);
  });

  it('turns a page that cannot open, an odd reply or a closed port into a failed page, never a rejection', async () => {
    await expect(
      handleOcrMessage(
        deps(async () => ({ ok: true })),
        read,
        tab,
      ),
    ).resolves.toEqual({ ok: false, code: 'failed' });
    await expect(
      handleOcrMessage(
        deps(() => Promise.reject(new Error('port closed'))),
        read,
        tab,
      ),
    ).resolves.toEqual({ ok: false, code: 'failed' });
    await expect(
      handleOcrMessage(
        deps(vi.fn(), () => Promise.reject(new Error('no offscreen'))),
        read,
        tab,
      ),
    ).resolves.toEqual({ ok: false, code: 'failed' });
  });
});

describe('ocrPageOpener', () => {
  it('creates one offscreen document, however many pages ask at once', async () => {
    let open = false;
    const createDocument = vi.fn(async (_options: unknown) => void (open = true));
    const ensure = ocrPageOpener('chrome-extension://x/ocr.html', { hasDocument: async () => open, createDocument }, undefined);
    await Promise.all([ensure(), ensure(), ensure()]);
    await ensure();
    expect(createDocument).toHaveBeenCalledTimes(1);
    expect(createDocument.mock.calls[0]?.[0]).toMatchObject({ url: 'chrome-extension://x/ocr.html', reasons: ['BLOBS'] });
  });

  it('without the offscreen API (Firefox), holds the OCR page in a frame of the background page', async () => {
    const ensure = ocrPageOpener('moz-extension://x/ocr.html', undefined, document);
    const opened = ensure();
    const frame = document.querySelector('iframe');
    expect(frame?.getAttribute('src')).toBe('moz-extension://x/ocr.html');
    frame?.dispatchEvent(new Event('load'));
    await opened;
    await ensure();
    expect(document.querySelectorAll('iframe')).toHaveLength(1);
  });
});
