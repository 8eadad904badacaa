import { givenParts } from './part-source';
import { nodeParts } from '../engine/node-parts';
// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { goldCases } from '../../tests/pages';
import { PageCleaner } from './cleaner';

describe('the spun-original switch on a live page', () => {
  it('shows the spun words again and repaired again, and restore stays exact either way', () => {
    const c = goldCases().find((g) => g.name === 'pub-huiwen-summary')!;
    document.documentElement.innerHTML = c.html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
    const before = document.body.innerHTML;
    const cleaner = new PageCleaner(
      document,
      () => c.gold.url,
      () => ({ repairSpin: true }),
      givenParts(nodeParts),
    );
    expect(cleaner.clean()).toBe(true);
    expect(document.body.textContent).toContain('慰问团走访慰问');
    cleaner.showSpun(true);
    expect(cleaner.spunShown).toBe(true);
    expect(document.body.textContent).toContain('慰征询团走访慰征询');
    cleaner.showSpun(false);
    expect(document.body.textContent).not.toContain('慰征询');
    cleaner.showSpun(true);
    cleaner.restore();
    expect(cleaner.spunShown).toBe(false);
    expect(document.body.innerHTML).toBe(before);
  });

  it('does nothing on a page shown as the original', () => {
    const c = goldCases().find((g) => g.name === 'pub-huiwen-summary')!;
    document.documentElement.innerHTML = c.html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
    const before = document.body.innerHTML;
    const cleaner = new PageCleaner(
      document,
      () => c.gold.url,
      () => ({ repairSpin: true }),
      givenParts(nodeParts),
    );
    cleaner.showSpun(true);
    expect(cleaner.spunShown).toBe(false);
    expect(document.body.innerHTML).toBe(before);
  });
});
