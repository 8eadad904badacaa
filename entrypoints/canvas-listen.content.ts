import { defineContentScript } from '#imports';
import { canvasMatches } from '@/utils/engine/hosts/matches';
import { listenForCanvasText } from '@/utils/page/canvas-listen';

// Early, in the extension's world: the key must reach the page-world recorder before any page script runs.
export default defineContentScript({
  matches: canvasMatches,
  runAt: 'document_start',
  main() {
    listenForCanvasText(document);
  },
});
