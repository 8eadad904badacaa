import { defineContentScript } from '#imports';
import { canvasMatches } from '@/utils/engine/hosts/matches';
import { installCapture } from '@/utils/page/canvas-capture';

// In the page's own world, before its scripts: the canvas text calls are only reachable from there.
export default defineContentScript({
  matches: canvasMatches,
  world: 'MAIN',
  runAt: 'document_start',
  main() {
    installCapture(window);
  },
});
