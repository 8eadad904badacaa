// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NOTICE_TAG, showPageNotice } from './notice';
import { outcomeText } from './outcome';

const hosts = () => document.querySelectorAll(NOTICE_TAG);
const line = () => hosts()[0]?.shadowRoot?.querySelector('p');

afterEach(() => vi.useRealTimers());

describe('page notice', () => {
  it('shows one line in its own shadow root on <html>, outside <body>, then goes away', () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<p>page</p>';
    const body = document.body.innerHTML;
    showPageNotice(document, '已保存到摘录库', 'ok');
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]!.parentElement).toBe(document.documentElement);
    expect(line()?.textContent).toBe('已保存到摘录库');
    expect(line()?.getAttribute('role')).toBe('status');
    expect(document.body.innerHTML).toBe(body);
    vi.advanceTimersByTime(3_600);
    expect(hosts()).toHaveLength(0);
  });

  it('replaces the previous notice, and keeps errors up longer', () => {
    vi.useFakeTimers();
    showPageNotice(document, 'first', 'ok');
    showPageNotice(document, 'second', 'error');
    expect(hosts()).toHaveLength(1);
    expect(line()?.textContent).toBe('second');
    expect(line()?.getAttribute('role')).toBe('alert');
    vi.advanceTimersByTime(3_600);
    expect(hosts()).toHaveLength(1);
    vi.advanceTimersByTime(5_000);
    expect(hosts()).toHaveLength(0);
  });
});

describe('save outcome text', () => {
  it('names each outcome in both languages', () => {
    expect(outcomeText({ ok: true, status: 'created' }, 'zh')).toBe('已保存到摘录库');
    expect(outcomeText({ ok: true, status: 'exists' }, 'en')).toBe('Already saved: this text is in the library');
    expect(outcomeText({ ok: false, code: 'too-long' }, 'zh')).toContain('50,000');
    expect(outcomeText({ ok: false, code: 'quota' }, 'zh')).toMatch(/^存储空间已满/);
    expect(outcomeText({ ok: false, code: 'no-answer' }, 'en')).toMatch(/^JingDu did not answer/);
  });
});
