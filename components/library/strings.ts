import { translator, uiLang, type Dict, type Lang } from '../../utils/i18n';
import { brandName } from '../shared-strings';

type Key =
  | 'title'
  | 'tagline'
  | 'privacy'
  | 'loading'
  | 'count'
  | 'shown'
  | 'search'
  | 'searchLabel'
  | 'allSites'
  | 'allTags'
  | 'siteLabel'
  | 'tagLabel'
  | 'clearFilters'
  | 'formatLabel'
  | 'fmt.md-zip'
  | 'fmt.md'
  | 'fmt.txt'
  | 'fmt.json'
  | 'fmt.csv'
  | 'exportAll'
  | 'exportShown'
  | 'import'
  | 'deleteAll'
  | 'confirmDeleteAll'
  | 'confirm'
  | 'cancel'
  | 'exporting'
  | 'importing'
  | 'exported'
  | 'exportFailed'
  | 'imported'
  | 'importFailed'
  | 'noFigures'
  | 'deleted'
  | 'undo'
  | 'dismiss'
  | 'copied'
  | 'copyFailed'
  | 'saved'
  | 'empty'
  | 'noMatch'
  | 'moreGroups'
  | 'extractsIn'
  | 'exportDoc'
  | 'openSource'
  | 'copyText'
  | 'copyMarkdown'
  | 'edit'
  | 'delete'
  | 'tags'
  | 'tagsHint'
  | 'note'
  | 'save'
  | 'showMore'
  | 'showLess'
  | 'savedAt'
  | 'inSection'
  | 'noTags'
  | 'figureCount';

export const strings: Dict<Key> = {
  zh: {
    title: `${brandName.zh} · 摘录库`,
    tagline: '你保存的全文、章节、数字和选段',
    privacy: '摘录只保存在本机浏览器中，不会上传到任何服务器。导出 JSON 即可备份或迁移到其他设备。',
    loading: '正在打开摘录库…',
    count: '共 {n} 条摘录，来自 {d} 份文档',
    shown: '筛选出 {n} 条，来自 {d} 份文档',
    search: '搜索正文、标题、标签、备注',
    searchLabel: '搜索',
    allSites: '全部网站',
    allTags: '全部标签',
    siteLabel: '网站',
    tagLabel: '标签',
    clearFilters: '清除筛选',
    formatLabel: '导出格式',
    'fmt.md-zip': 'Markdown（每份文档一个文件，zip）',
    'fmt.md': 'Markdown（合并为一个文件）',
    'fmt.txt': '纯文本',
    'fmt.json': 'JSON（完整备份，可重新导入）',
    'fmt.csv': '数字表格 CSV（Excel / WPS）',
    exportAll: '导出全部',
    exportShown: '导出筛选结果',
    import: '导入 JSON',
    deleteAll: '全部删除',
    confirmDeleteAll: '删除全部 {n} 条摘录？删除后可以立即撤销。',
    confirm: '删除',
    cancel: '取消',
    exporting: '正在导出…',
    importing: '正在导入…',
    exported: '已导出 {n} 条摘录。',
    exportFailed: '导出失败。',
    imported: '导入完成：新增 {added} 条，合并 {merged} 条，{unchanged} 条已存在。',
    importFailed: '未导入任何内容：{reason}',
    noFigures: '所选摘录中没有数字。',
    deleted: '已删除 {n} 条摘录。',
    undo: '撤销',
    dismiss: '关闭',
    copied: '已复制到剪贴板。',
    copyFailed: '无法写入剪贴板。',
    saved: '已保存。',
    empty: '还没有摘录。在文库页面打开净读，保存全文、章节、数字或选中的文字，它们会出现在这里。',
    noMatch: '没有符合条件的摘录。',
    moreGroups: '显示更多文档（还有 {n} 份）',
    extractsIn: '{n} 条摘录',
    exportDoc: '导出此文档',
    openSource: '打开原文',
    copyText: '复制文本',
    copyMarkdown: '复制 Markdown',
    edit: '标签与备注',
    delete: '删除',
    tags: '标签',
    tagsHint: '用逗号、顿号或空格分隔',
    note: '备注',
    save: '保存',
    showMore: '展开全文',
    showLess: '收起',
    savedAt: '保存于 {date}',
    inSection: '所在章节：{section}',
    noTags: '无标签',
    figureCount: '{n} 个数字',
  },
  en: {
    title: `${brandName.en} · Extracts`,
    tagline: 'Documents, sections, figures and passages you saved',
    privacy: 'Extracts are kept only in this browser on this computer and never uploaded. Export JSON to back them up or move them.',
    loading: 'Opening the library…',
    count: 'Extracts: {n} · documents: {d}',
    shown: 'Matching: {n} extracts · {d} documents',
    search: 'Search text, titles, tags, notes',
    searchLabel: 'Search',
    allSites: 'All sites',
    allTags: 'All tags',
    siteLabel: 'Site',
    tagLabel: 'Tag',
    clearFilters: 'Clear filters',
    formatLabel: 'Export format',
    'fmt.md-zip': 'Markdown (one file per document, zip)',
    'fmt.md': 'Markdown (one combined file)',
    'fmt.txt': 'Plain text',
    'fmt.json': 'JSON (complete backup, re-importable)',
    'fmt.csv': 'Figures as CSV (Excel / WPS)',
    exportAll: 'Export all',
    exportShown: 'Export matches',
    import: 'Import JSON',
    deleteAll: 'Delete all',
    confirmDeleteAll: 'Delete all extracts ({n})? You can undo right after.',
    confirm: 'Delete',
    cancel: 'Cancel',
    exporting: 'Exporting…',
    importing: 'Importing…',
    exported: 'Extracts exported: {n}.',
    exportFailed: 'The export failed.',
    imported: 'Imported: {added} new, {merged} merged, {unchanged} already there.',
    importFailed: 'Nothing was imported: {reason}',
    noFigures: 'The chosen extracts contain no figures.',
    deleted: 'Extracts deleted: {n}.',
    undo: 'Undo',
    dismiss: 'Dismiss',
    copied: 'Copied to the clipboard.',
    copyFailed: 'Could not write to the clipboard.',
    saved: 'Saved.',
    empty: 'No extracts yet. Open JingDu on a document page and save the document, a section, figures or selected text: they appear here.',
    noMatch: 'No extracts match.',
    moreGroups: 'Show more documents ({n} more)',
    extractsIn: 'Extracts: {n}',
    exportDoc: 'Export this document',
    openSource: 'Open source',
    copyText: 'Copy text',
    copyMarkdown: 'Copy Markdown',
    edit: 'Tags & note',
    delete: 'Delete',
    tags: 'Tags',
    tagsHint: 'Separate with commas or spaces',
    note: 'Note',
    save: 'Save',
    showMore: 'Show all',
    showLess: 'Show less',
    savedAt: 'Saved {date}',
    inSection: 'Section: {section}',
    noTags: 'No tags',
    figureCount: 'Figures: {n}',
  },
};

export type T = ReturnType<typeof translator<Key>>;
export const libraryText = (lang: Lang = uiLang()): T => translator(strings, lang);
