import { mdText } from '../engine/text/markdown';
import type { Figure } from '../engine/types';
import type { Lang } from '../i18n';
import { formatDate } from './chunks';
import { labels } from './messages';
import type { DocumentGroup } from './search';
import { textFragmentUrl } from './text-fragment';
import type { Extract } from './types';

/** Where "open source" goes: a quote or a section lands on its text via a text fragment. */
export function sourceLink(e: Extract): string {
  if (e.kind === 'selection') return textFragmentUrl(e.url, e.text);
  if (e.kind === 'section') return textFragmentUrl(e.url, e.heading);
  return e.url;
}

/** Pushes headings down so a saved document's "#" sits below the extract's own "##". */
function demote(markdown: string, by: number): string {
  return markdown.replace(/^(#{1,6}) /gm, (_, h: string) => `${'#'.repeat(Math.min(h.length + by, 6))} `);
}

const cell = (s: string | number | null | undefined) =>
  mdText(String(s ?? ''))
    .replace(/\|/g, '\\|')
    .replace(/\s+/g, ' ');

function figuresTable(figures: readonly Figure[], lang?: Lang): string {
  const t = labels(lang);
  const rows = figures.map((f) => {
    const value = Array.isArray(f.value) ? `${f.value[0]}–${f.value[1]}` : f.value;
    return `| ${cell(f.raw)} | ${cell(value)} | ${cell(f.unit)} | ${cell(f.sentence)} |`;
  });
  return [`| ${t('fig.raw')} | ${t('fig.value')} | ${t('fig.unit')} | ${t('fig.sentence')} |`, '| --- | ---: | --- | --- |', ...rows].join(
    '\n',
  );
}

function body(e: Extract, lang?: Lang, by = 2): string {
  switch (e.kind) {
    case 'document':
      return demote(e.markdown.replace(/^# .*\n+/, ''), by);
    case 'section':
      return demote(e.markdown, by);
    case 'figures':
      return figuresTable(e.figures, lang);
    case 'selection':
      return e.text
        .split('\n')
        .map((line) => `> ${mdText(line)}`.trimEnd())
        .join('\n');
  }
}

function heading(e: Extract, lang?: Lang): string {
  const kind = labels(lang)(`kind.${e.kind}`);
  if (e.kind === 'section') return `${kind}：${mdText(e.heading)}`;
  if (e.kind === 'selection' && e.section) return `${kind} · ${mdText(e.section)}`;
  if (e.kind === 'figures') return `${kind}（${e.figures.length}）`;
  return kind;
}

/** One extract under a "##" heading, with its date, tags, note and a link back to the source. */
export function extractMarkdown(e: Extract, lang?: Lang): string {
  const t = labels(lang);
  const meta = [`*${t('md.saved')} ${formatDate(e.savedAt)}*`];
  if (e.tags.length) meta.push(`${t('md.tags')}：${e.tags.map((tag) => `\`${tag}\``).join(' ')}`);
  const parts = [`## ${heading(e, lang)}`, meta.join(' · ')];
  if (e.note)
    parts.push(
      e.note
        .split('\n')
        .map((l, i) => `> ${i ? l : `**${t('md.note')}**：${l}`}`.trimEnd())
        .join('\n'),
    );
  parts.push(body(e, lang));
  if (e.kind === 'selection' || e.kind === 'section') parts.push(`[${t('md.openSource')}](<${sourceLink(e)}>)`);
  return parts.join('\n\n');
}

/** What "copy as Markdown" gives: the extract as it reads, then where it came from. */
export function clipMarkdown(e: Extract, lang?: Lang): string {
  const t = labels(lang);
  const title = mdText(e.title || t('md.untitled'));
  return `${body(e, lang, 0)}\n\n${t('md.source')}：[${title}](<${sourceLink(e)}>)\n`;
}

/** A document's extracts as one Markdown file: title, source, then each extract newest first. */
export function documentMarkdown(group: DocumentGroup<Extract>, lang?: Lang): string {
  const t = labels(lang);
  const source = `${t('md.source')}：<${group.url}>${group.site ? ` · ${group.site}` : ''}`;
  const head = `# ${mdText(group.title || t('md.untitled'))}\n\n${source}`;
  return [head, ...group.extracts.map((e) => extractMarkdown(e, lang))].join('\n\n---\n\n') + '\n';
}
