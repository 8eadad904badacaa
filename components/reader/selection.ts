/** Chromium gives a shadow root its own getSelection(); the standard has only the document's. */
type SelectionRoot = (Document | ShadowRoot) & { getSelection?: () => Selection | null };

/**
 * The text the user selected inside `scope`, or '' when the selection is elsewhere (say, in the page
 * behind the reader). Selection.toString() keeps the line breaks between paragraphs, which a Range's
 * toString() would drop.
 */
export function selectedText(scope: Element): string {
  const root = scope.getRootNode() as SelectionRoot;
  // Chromium's shadow-root selection reports nodes inside the shadow tree; the document's selection
  // retargets them to the host, and only getComposedRanges (given the root) reveals where it really is.
  const own = root.getSelection?.() ?? null;
  const selection = own ?? scope.ownerDocument.getSelection();
  if (!selection || selection.isCollapsed) return '';
  const start = own
    ? selection.anchorNode
    : (selection.getComposedRanges?.({ shadowRoots: [root as ShadowRoot] })[0]?.startContainer ?? selection.anchorNode);
  return start && scope.contains(start) ? selection.toString() : '';
}
