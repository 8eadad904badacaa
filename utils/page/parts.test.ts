import { describe, expect, it, vi } from 'vitest';
import { injectPart, LOAD_PART, loadPartMessage } from './parts';

describe('injecting parts on demand', () => {
  it('injects into the frame of our content script that asked, never elsewhere', async () => {
    const inject = vi.fn(async () => []);
    const ask = loadPartMessage('pinyin');
    expect(await injectPart(inject, 'me', ask, { id: 'me', tab: { id: 7 }, frameId: 3 })).toBe(true);
    expect(inject).toHaveBeenCalledWith(7, 3, '/pinyin-dictionary.js');
    expect(injectPart(inject, 'me', ask, { id: 'other', tab: { id: 7 } })).toBeUndefined();
    expect(injectPart(inject, 'me', ask, { id: 'me' })).toBeUndefined();
    expect(injectPart(inject, 'me', { type: 'jingdu:save' }, { id: 'me', tab: { id: 7 } })).toBeUndefined();
    expect(inject).toHaveBeenCalledTimes(1);
  });

  it('injects only the listed scripts', async () => {
    const inject = vi.fn(async (_tab: number, _frame: number, _file: string) => []);
    const sender = { id: 'me', tab: { id: 7 } };
    await injectPart(inject, 'me', loadPartMessage('readability'), sender);
    await injectPart(inject, 'me', loadPartMessage('reader'), sender);
    expect(inject.mock.calls.map((c) => c[2])).toEqual(['/readability.js', '/reader.js']);
    for (const part of ['/background.js', 'toString', '__proto__', 'constructor', undefined, 7]) {
      expect(injectPart(inject, 'me', { type: LOAD_PART, part }, sender)).toBeUndefined();
    }
    expect(injectPart(inject, 'me', null, sender)).toBeUndefined();
    expect(inject).toHaveBeenCalledTimes(2);
  });
});
