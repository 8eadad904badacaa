import { defineUnlistedScript } from '#imports';
import { installSummary } from '@/utils/engine/summary-library';

// Injected into a tab the first time its result is read (see utils/page/summary-loader.ts).
export default defineUnlistedScript(() => installSummary());
