import type { NoiseKind, TextLayer } from '../types';

/**
 * A site rule is data: where the site lives, where its document text sits and which of its
 * elements are noise. Stages read these fields; they never name a site. Each rule has at least one
 * labelled page in fixtures/hosts/<id>/ (hosts.test.ts); `npm run new-host -- <id> <url>` starts both.
 */
export interface HostRule {
  /** Equal to the file name (kebab-case). */
  id: string;
  name: { zh: string; en: string };
  /** Hostname suffixes: "doc88.com" matches doc88.com and every subdomain. */
  hosts: string[];
  /** Selectors of the document body, tried in order. */
  content?: string[];
  /** Selectors of the document title. */
  title?: string[];
  /** Site chrome to hide, by kind. */
  noise?: Partial<Record<NoiseKind, string[]>>;
  /** "preview-only" when the document is drawn on canvas or page images and only a preview block has text. */
  textLayer?: Exclude<TextLayer, 'none'>;
  /**
   * The site draws its document with the canvas text calls: the page-world recorder runs there from
   * document_start (entrypoints/canvas-capture.content.ts) and the drawn text becomes the document.
   */
  canvas?: boolean;
  /** Selectors of the static preview block on canvas/image sites. */
  preview?: string[];
}

/** Whether a rule's hostname suffix covers a hostname: itself and every subdomain of it. */
export const coversHost = (suffix: string, host: string): boolean => host === suffix || host.endsWith(`.${suffix}`);

export function defineHostRule(rule: HostRule): HostRule {
  return rule;
}
