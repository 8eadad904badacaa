import { defineUnlistedScript } from '#imports';
import { installReadability } from '@/utils/engine/stages/readability-library';

// Injected into a tab only when locate() needs its last-resort finder (see utils/page/readability-loader.ts).
export default defineUnlistedScript(() => installReadability());
