// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extract } from '../engine/index';
import { readabilitySource, setReadability } from '../engine/stages/readability';
import { installReadability } from '../engine/stages/readability-library';
import { ensureReadability, needsReadability } from './readability-loader';

const installed = readabilitySource()!;
const withoutReadability = () => setReadability(undefined);

const para = (s: string) => `<p>${s.repeat(12)}</p>`;
// No child holds most of the text, so only Readability finds the article (as in locate.test.ts).
const spread = `<div class="a">${para('本市开展双拥工作,成效显著。')}</div><div class="b">${para('全年救助困难军人二十七人。')}</div><div class="c"><p>首页</p></div>`;
const dominant = `<div class="nav"><a href="/">首页</a></div><div class="main">${para('本市开展双拥工作,成效显著。')}</div>`;

describe('Readability loading', () => {
  afterEach(() => setReadability(installed));

  it('is needed only when the fast finders do not settle the page', () => {
    document.body.innerHTML = spread;
    expect(needsReadability(document, 'https://example.com/a')).toBe(true);
    document.body.innerHTML = dominant;
    expect(needsReadability(document, 'https://example.com/a')).toBe(false);
  });

  it('asks for Readability only when the page needs it, and then reads the page as Node does', async () => {
    document.body.innerHTML = spread;
    const withIt = extract(document, 'https://example.com/a');
    expect(withIt.reasons).toContain('content via readability');
    withoutReadability();
    const request = vi.fn(async () => installReadability());

    document.body.innerHTML = dominant;
    expect(await ensureReadability(document, 'https://example.com/a', request)).toBe(false);
    expect(request).not.toHaveBeenCalled();

    document.body.innerHTML = spread;
    expect(extract(document, 'https://example.com/a')).not.toEqual(withIt);
    expect(await ensureReadability(document, 'https://example.com/a', request)).toBe(true);
    expect(request).toHaveBeenCalledTimes(1);
    expect(extract(document, 'https://example.com/a')).toEqual(withIt);
  });

  it('reads the page without it when injection fails', async () => {
    withoutReadability();
    document.body.innerHTML = spread;
    expect(await ensureReadability(document, 'https://example.com/a', () => Promise.reject(new Error('no access')))).toBe(false);
    expect(extract(document, 'https://example.com/a').reasons).toContain('content via body');
  });
});
