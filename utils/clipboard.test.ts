import { afterEach, describe, expect, it, vi } from 'vitest';
import { copyRich, copyText } from './clipboard';

class FakeItem {
  constructor(readonly items: Record<string, Blob>) {}
  get types() {
    return Object.keys(this.items);
  }
}

function fakeClipboard(refuse = false) {
  const denied = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
  return {
    writeText: vi.fn((_: string) => (refuse ? denied() : Promise.resolve())),
    write: vi.fn((_: FakeItem[]) => (refuse ? denied() : Promise.resolve())),
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('copyText', () => {
  it('writes plain text', async () => {
    const clip = fakeClipboard();
    expect(await copyText('正文', clip as never)).toEqual({ ok: true, rich: false });
    expect(clip.writeText).toHaveBeenCalledWith('正文');
  });

  it('reports a refusal with its reason', async () => {
    expect(await copyText('x', fakeClipboard(true) as never)).toEqual({ ok: false, reason: 'Write permission denied.' });
    expect(await copyText('x', undefined)).toMatchObject({ ok: false });
  });
});

describe('copyRich', () => {
  it('writes html and plain text as one clipboard item', async () => {
    vi.stubGlobal('ClipboardItem', FakeItem);
    const clip = fakeClipboard();
    expect(await copyRich('<h1>标题</h1>', '标题', clip as never)).toEqual({ ok: true, rich: true });
    const items = clip.write.mock.calls[0]![0];
    expect(items).toHaveLength(1);
    expect(items[0]!.types).toEqual(['text/html', 'text/plain']);
    expect(await items[0]!.items['text/html']!.text()).toBe('<h1>标题</h1>');
    expect(await items[0]!.items['text/plain']!.text()).toBe('标题');
    expect(clip.writeText).not.toHaveBeenCalled();
  });

  it('copies the plain text where the browser has no ClipboardItem', async () => {
    vi.stubGlobal('ClipboardItem', undefined);
    const clip = fakeClipboard();
    expect(await copyRich('<p>a</p>', 'a', clip as never)).toEqual({ ok: true, rich: false });
    expect(clip.writeText).toHaveBeenCalledWith('a');
  });

  it('reports a refusal', async () => {
    vi.stubGlobal('ClipboardItem', FakeItem);
    expect(await copyRich('<p>a</p>', 'a', fakeClipboard(true) as never)).toEqual({ ok: false, reason: 'Write permission denied.' });
  });
});
