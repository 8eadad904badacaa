// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Header, siteLabel } from './Header';
import { popupText } from './strings';

afterEach(cleanup);

describe('Header', () => {
  it('names the recognised site, the general rules, or no document page', () => {
    const t = popupText('zh');
    expect(siteLabel('huiwenwang', 'zh', t)).toBe('汇文网');
    expect(siteLabel('generic', 'zh', t)).toBe('文档页面（通用规则）');
    expect(siteLabel(null, 'en', popupText('en'))).toBe('Not a document page');
  });

  it('renders page text as text', () => {
    render(<Header t={popupText('en')} lang="en" site="huiwenwang" title={'<img src=x onerror=alert(1)>'} />);
    expect(screen.getByTestId('doc-title').textContent).toBe('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByTestId('site').textContent).toBe('Huiwenwang');
  });
});
