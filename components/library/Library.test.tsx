// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../entrypoints/library/App';
import { libraryDb, saveDocument, saveFigures, saveSelection } from '../../utils/extracts/api';
import { REPORT_URL, sampleResult } from '../../utils/extracts/test-data';

const r = sampleResult();
const OTHER = 'https://www.huiwenwang.cn/doc/42.html';

async function seed() {
  await saveSelection(r, REPORT_URL, '每季度召开一次', { tags: ['总结'], now: 3 });
  await saveFigures(r, REPORT_URL, r.figures, { now: 2 });
  await saveDocument({ ...r, title: '另一份报告', site: 'huiwen' }, OTHER, { now: 1 });
}

const cards = () => screen.queryAllByTestId('extract');
const importFile = (text: string) =>
  fireEvent.change(screen.getByTestId('import-input'), { target: { files: [new File([text], 'x.json', { type: 'application/json' })] } });

beforeEach(async () => {
  const db = await libraryDb();
  if (db.ok) await db.value.clear('extracts');
});
afterEach(cleanup);

describe('library page', () => {
  it('lists extracts newest first, grouped by document, and searches them', async () => {
    await seed();
    render(<App lang="zh" />);
    await waitFor(() => expect(cards()).toHaveLength(3));
    expect(screen.getAllByTestId('group').map((g) => g.querySelector('h2')!.textContent)).toEqual([r.title, '另一份报告']);
    expect(screen.getByTestId('count').textContent).toBe('共 3 条摘录，来自 2 份文档');
    fireEvent.input(screen.getByTestId('search'), { target: { value: '季度 总结' } });
    expect(cards()).toHaveLength(1);
    expect(screen.getByTestId('count').textContent).toBe('筛选出 1 条，来自 1 份文档');
    fireEvent.input(screen.getByTestId('search'), { target: { value: '' } });
    fireEvent.change(screen.getByTestId('site-filter'), { target: { value: 'huiwen' } });
    expect(cards()).toHaveLength(1);
  });

  it('deletes with undo, and edits tags and note', async () => {
    await seed();
    render(<App lang="en" />);
    await waitFor(() => expect(cards()).toHaveLength(3));
    fireEvent.click(cards()[0]!.querySelector('[data-testid=delete]')!);
    await waitFor(() => expect(cards()).toHaveLength(2));
    expect(screen.getByTestId('notice').textContent).toContain('Extracts deleted: 1.');
    fireEvent.click(screen.getByTestId('undo'));
    await waitFor(() => expect(cards()).toHaveLength(3));

    fireEvent.click(cards()[0]!.querySelector('[data-testid=edit]')!);
    fireEvent.input(screen.getByTestId('edit-note'), { target: { value: '写进年终总结' } });
    fireEvent.click(screen.getByTestId('edit-save'));
    await waitFor(() => expect(screen.getByTestId('extract-note').textContent).toBe('写进年终总结'));
  });

  it('imports a file: a foreign one changes nothing and says why; a good one is merged', async () => {
    render(<App lang="zh" />);
    await screen.findByTestId('empty');
    importFile('{"hello":"world"}');
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toContain('未导入任何内容：这不是净读导出的摘录文件。'));
    const evil = '<img src=x onerror=alert(1)>';
    const extract = {
      id: 'x',
      kind: 'selection',
      url: REPORT_URL,
      title: evil,
      site: null,
      savedAt: 1,
      updatedAt: 1,
      tags: [],
      note: '',
      text: evil,
      section: null,
    };
    importFile(JSON.stringify({ format: 'jingdu-extracts', version: 1, extracts: [extract, extract] }));
    await waitFor(() => expect(cards()).toHaveLength(1));
    expect(screen.getByTestId('notice').textContent).toContain('新增 1 条，合并 1 条，0 条已存在');
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByTestId('extract-text').textContent).toBe(evil);
  });

  it('exports the shown extracts as a file, and copies one to the clipboard', async () => {
    await seed();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:x'));
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<App lang="zh" />);
    await waitFor(() => expect(cards()).toHaveLength(3));
    fireEvent.input(screen.getByTestId('search'), { target: { value: '另一份' } });
    fireEvent.change(screen.getByTestId('export-format'), { target: { value: 'json' } });
    fireEvent.click(screen.getByTestId('export'));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const json = JSON.parse(await blobs[0]!.text());
    expect(json.extracts.map((e: { title: string }) => e.title)).toEqual(['另一份报告']);
    fireEvent.click(screen.getByText('复制文本'));
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    expect(String((writeText.mock.calls[0] as unknown[])[0])).toContain(`来源：另一份报告 ${OTHER}`);
  });

  it('refreshes when another tab or the popup saves', async () => {
    render(<App lang="zh" />);
    await screen.findByTestId('empty');
    await seed();
    const channel = new BroadcastChannel('jingdu-extracts');
    channel.postMessage({ from: 'popup' });
    channel.close();
    await waitFor(() => expect(cards()).toHaveLength(3));
  });
});
