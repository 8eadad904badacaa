/**
 * Page text is untrusted: in Markdown, a bracket, an angle bracket or a backtick from the page must
 * never become a link, an image, raw HTML or code when the Markdown is pasted into another tool.
 */
const SPECIAL = /[\\<>[\]`]/g;

export function mdText(s: string): string {
  return s.replace(SPECIAL, '\\$&');
}

export function mdUnescape(s: string): string {
  return s.replace(/\\([\\<>[\]`])/g, '$1');
}
