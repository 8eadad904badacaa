// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, type ReaderPrefs } from '@/utils/settings';
import { Reader } from './Reader';
import { userClick } from './test-click';
import { sampleResult } from './test-result';

afterEach(cleanup);

function setup(prefs: ReaderPrefs = defaultSettings.reader, result = sampleResult()) {
  const onPrefs = vi.fn();
  const onClose = vi.fn();
  const onSave = vi.fn();
  const view = render(<Reader result={result} prefs={prefs} onPrefs={onPrefs} onClose={onClose} onSave={onSave} lang="zh" />);
  const root = view.getByRole('dialog');
  return { ...view, root, onPrefs, onClose, onSave };
}

/** Selects an element's text as the user would, and lets the selectionchange event arrive. */
async function select(el: Node | null) {
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  if (el) {
    const range = document.createRange();
    range.selectNodeContents(el);
    selection.addRange(range);
  }
  await act(() => new Promise((r) => setTimeout(r, 0)));
}

describe('Reader', () => {
  it('renders the title, headings, paragraphs and lists of the result', () => {
    const { root } = setup();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('2023年度工作总结');
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(['一、主要工作', '二、存在问题']);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('（一）项目建设');
    expect(screen.getByText('今年完成了三项重点任务。').tagName).toBe('P');
    expect(root.querySelectorAll('article li')).toHaveLength(2);
    expect(screen.getByText('汇文网')).toBeTruthy();
    expect(root.querySelector('.jd-stats')?.textContent).toMatch(/^\d+ 字 · 约 1 分钟读完$/);
  });

  it('shows page text as text, never as markup', () => {
    const { root } = setup();
    expect(root.querySelector('img')).toBeNull();
    expect(screen.getByText(/<img src=x onerror="alert\(1\)"> 人手不足。/)).toBeTruthy();
  });

  it('lists the headings in the outline and moves to one on click', () => {
    const { root } = setup();
    const items = [...root.querySelectorAll<HTMLButtonElement>('.jd-outline-item')];
    expect(items.map((b) => b.textContent)).toEqual(['一、主要工作', '（一）项目建设', '二、存在问题']);
    fireEvent.click(items[2]!);
    expect(items[2]!.getAttribute('aria-current')).toBe('location');
    expect(root.ownerDocument.activeElement?.textContent).toBe('二、存在问题');
  });

  it('switches the theme and remembers it', () => {
    const { root, onPrefs } = setup();
    expect(root.dataset.theme).toBe('light');
    act(() => userClick(screen.getByRole('button', { name: '深色' })));
    expect(root.dataset.theme).toBe('dark');
    expect(onPrefs).toHaveBeenLastCalledWith({ ...defaultSettings.reader, theme: 'dark' });
    act(() => userClick(screen.getByRole('button', { name: '宋体' })));
    expect(root.dataset.font).toBe('serif');
  });

  it('lets a script click restyle the view but not change the stored settings', () => {
    const { root, onPrefs } = setup();
    fireEvent.click(screen.getByRole('button', { name: '深色' }));
    expect(root.dataset.theme).toBe('dark');
    expect(onPrefs).not.toHaveBeenCalled();
  });

  it('changes the font size within its bounds', () => {
    const { root, onPrefs } = setup({ ...defaultSettings.reader, fontSize: 26 });
    act(() => userClick(screen.getByRole('button', { name: '放大字号' })));
    expect(root.style.getPropertyValue('--jd-size')).toBe('28px');
    expect(onPrefs).toHaveBeenLastCalledWith(expect.objectContaining({ fontSize: 28 }));
    expect((screen.getByRole('button', { name: '放大字号' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '缩小字号' }));
    fireEvent.click(screen.getByRole('button', { name: '缩小字号' }));
    expect(root.style.getPropertyValue('--jd-size')).toBe('24px');
  });

  it('closes on Escape and on the close button', () => {
    const { root, onClose } = setup();
    fireEvent.keyDown(root, { key: 'a' });
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.keyDown(root, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: '退出阅读视图（Esc）' }));
    expect(onClose).toHaveBeenCalledTimes(2);
  });

  it('saves the text selected in the article, and only on the user’s own click', async () => {
    const { onSave, rerender } = setup();
    const button = screen.getByRole('button', { name: '保存选中内容' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    expect(button.title).toBe('先在正文中选中文字，再保存到摘录库');
    await select(screen.getByText('今年完成了三项重点任务。'));
    expect(button.disabled).toBe(false);
    fireEvent.click(button);
    expect(onSave).not.toHaveBeenCalled();
    userClick(button);
    expect(onSave).toHaveBeenCalledWith('今年完成了三项重点任务。');
    await select(screen.getByText('净读'));
    expect(button.disabled).toBe(true);
    await select(null);
    rerender(
      <Reader
        result={sampleResult()}
        prefs={defaultSettings.reader}
        onPrefs={vi.fn()}
        onClose={vi.fn()}
        onSave={onSave}
        notice={{ id: 1, outcome: { ok: true, status: 'exists' } }}
        lang="zh"
      />,
    );
    expect(screen.getByRole('status').textContent).toBe('已存在：这段内容之前保存过');
  });

  it('has no save button where saving is not wired', () => {
    render(<Reader result={sampleResult()} prefs={defaultSettings.reader} onPrefs={vi.fn()} onClose={vi.fn()} lang="en" />);
    expect(screen.queryByRole('button', { name: 'Save selection' })).toBeNull();
  });

  it('says when only a preview could be read, or nothing at all', () => {
    setup(undefined, sampleResult({ textLayer: 'preview-only' }));
    expect(screen.getByText(/只公开了文档的预览部分/)).toBeTruthy();
    cleanup();
    setup(undefined, sampleResult({ markdown: '', text: '', title: '' }));
    expect(screen.getByText('这个页面上没有找到可以阅读的正文。')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('无标题文档');
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});
