import { describe, expect, it } from 'vitest';
import { isPageMessage } from './messages';

describe('page messages', () => {
  it('accepts the known shapes', () => {
    for (const m of [{ type: 'jingdu:clean' }, { type: 'jingdu:show-original' }, { type: 'jingdu:result' }, { type: 'jingdu:scroll-to', block: 3 }, { type: 'jingdu:reader' }, { type: 'jingdu:reader', open: false }]) {
      expect(isPageMessage(m), JSON.stringify(m)).toBe(true);
    }
  });

  it('rejects anything else', () => {
    for (const m of [null, 'jingdu:clean', {}, { type: 'jingdu:save' }, { type: 'jingdu:scroll-to' }, { type: 'jingdu:scroll-to', block: -1 }, { type: 'jingdu:scroll-to', block: '2' }, { type: 'jingdu:reader', open: 'yes' }]) {
      expect(isPageMessage(m), JSON.stringify(m)).toBe(false);
    }
  });
});
