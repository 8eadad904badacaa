import { defineContentScript } from '#imports';
import { contentMatches } from '@/utils/engine/hosts/matches';

export default defineContentScript({
  matches: contentMatches,
  runAt: 'document_idle',
  main() {},
});
