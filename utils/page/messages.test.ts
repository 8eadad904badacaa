import { describe, expect, it } from 'vitest';
import { isPageMessage, isSaveOutcome } from './messages';

describe('page messages', () => {
  it('accepts the known shapes', () => {
    for (const m of [
      { type: 'jingdu:clean' },
      { type: 'jingdu:show-original' },
      { type: 'jingdu:result' },
      { type: 'jingdu:scroll-to', block: 3 },
      { type: 'jingdu:scroll-to', block: 3, offset: 40 },
      { type: 'jingdu:spin-view', spun: true },
      { type: 'jingdu:simplify' },
      { type: 'jingdu:reader' },
      { type: 'jingdu:reader', open: false },
      { type: 'jingdu:selection' },
      { type: 'jingdu:saved', outcome: { ok: true, status: 'exists' } },
      { type: 'jingdu:saved', outcome: { ok: false, code: 'too-long' } },
    ]) {
      expect(isPageMessage(m), JSON.stringify(m)).toBe(true);
    }
  });

  it('rejects anything else', () => {
    for (const m of [
      null,
      'jingdu:clean',
      {},
      { type: 'jingdu:save' },
      { type: 'jingdu:scroll-to' },
      { type: 'jingdu:scroll-to', block: -1 },
      { type: 'jingdu:scroll-to', block: '2' },
      { type: 'jingdu:scroll-to', block: 2, offset: -1 },
      { type: 'jingdu:spin-view' },
      { type: 'jingdu:spin-view', spun: 'yes' },
      { type: 'jingdu:reader', open: 'yes' },
      { type: 'jingdu:saved' },
      { type: 'jingdu:saved', outcome: { ok: true } },
      { type: 'jingdu:saved', outcome: { ok: false, code: 'boom' } },
      { type: 'jingdu:saved', outcome: { ok: 'yes', status: 'created' } },
    ]) {
      expect(isPageMessage(m), JSON.stringify(m)).toBe(false);
    }
  });
});

describe('save outcomes', () => {
  it('are a status or a known failure code', () => {
    expect(isSaveOutcome({ ok: true, status: 'created' })).toBe(true);
    expect(isSaveOutcome({ ok: false, code: 'quota' })).toBe(true);
    expect(isSaveOutcome({ ok: true, status: 'deleted' })).toBe(false);
    expect(isSaveOutcome({ ok: false, code: 'created' })).toBe(false);
    expect(isSaveOutcome(undefined)).toBe(false);
  });
});
