// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { glanceOf } from '@/utils/page/glance';
import { panels } from './panels';
import { popupText } from './strings';
import { Tabs } from './Tabs';
import { result } from './test-data';

afterEach(cleanup);

describe('Tabs', () => {
  it('draw one tab per panel of the list, in its order, labelled in both languages, counted from the glance', () => {
    const glance = glanceOf(result());
    for (const lang of ['zh', 'en'] as const) {
      const t = popupText(lang);
      render(<Tabs t={t} panels={panels} current="summary" glance={glance} onChange={() => {}} />);
      const tabs = screen.getAllByRole('tab');
      expect(tabs.map((b) => b.id)).toEqual(panels.map((p) => `tab-${p.id}`));
      panels.forEach((p, i) => expect(tabs[i]!.textContent, `${lang} ${p.id}`).toBe(t(p.label) + (p.count ? String(p.count(glance)) : '')));
      cleanup();
    }
    expect(panels.find((p) => p.id === 'outline')!.count!(glance)).toBe(glance.outline.length);
    expect(panels.find((p) => p.id === 'figures')!.count!(glance)).toBe(glance.figures);
  });

  it('move along the list with the arrow keys, round from the last to the first', () => {
    const onChange = vi.fn();
    render(<Tabs t={popupText('en')} panels={panels} current={panels.at(-1)!.id} glance={glanceOf(result())} onChange={onChange} />);
    fireEvent.keyDown(screen.getByRole('tablist'), { key: 'ArrowRight' });
    expect(onChange).toHaveBeenLastCalledWith(panels[0].id);
    fireEvent.keyDown(screen.getByRole('tablist'), { key: 'ArrowLeft' });
    expect(onChange).toHaveBeenLastCalledWith(panels.at(-2)!.id);
  });
});
