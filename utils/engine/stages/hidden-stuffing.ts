/**
 * Hidden keyword stuffing, an SEO mirror's mark: an element the page hides (inline display:none, `hidden`)
 * whose text is a long run of unrelated search phrases (邓朴方携款潜逃 活力影院灰姑娘 htcg6手机报价 …), plain
 * text rather than links (a hidden menu is links), with next to no sentence punctuation.
 */
const HIDDEN = '[style*="display:none"], [style*="display: none"], [hidden]';
const MIN_TEXT = 200;
const MIN_PHRASES = 30;
/** A phrase of hanzi with a space after it: such a block holds MIN_PHRASES of them, Chinese prose next to none. */
const SPACED_PHRASE = /[\u3400-\u9fff]{2}[^\s。，；！？]{0,14} (?=\S)/g;

/** The text gate: enough spaced phrases of hanzi anywhere in the text for a block of them to be there. */
function spacedPhrases(text: string): boolean {
  SPACED_PHRASE.lastIndex = 0;
  let n = 0;
  while (SPACED_PHRASE.exec(text)) if (++n >= MIN_PHRASES / 2) return true;
  return false;
}

export function hiddenStuffing(doc: Document, text: string): boolean {
  if (!spacedPhrases(text)) return false;
  for (const el of doc.querySelectorAll(HIDDEN)) {
    const shown = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (shown.length < MIN_TEXT) continue;
    let linked = 0;
    for (const a of el.querySelectorAll('a')) linked += (a.textContent ?? '').length;
    if (linked > 0.2 * shown.length) continue;
    const phrases = shown.split(' ');
    const han = phrases.filter((p) => /[\u3400-\u9fff]/.test(p)).length;
    const stops = shown.match(/[。，；！？]/g)?.length ?? 0;
    if (phrases.length >= MIN_PHRASES && han >= 0.5 * phrases.length && stops * 20 <= phrases.length) return true;
  }
  return false;
}
