import { defineUnlistedScript } from '#imports';
import { installToSimplified } from '@/utils/engine/text/t2s-library';

// Injected into a tab only when its text is in traditional script (see utils/page/t2s-loader.ts).
export default defineUnlistedScript(() => installToSimplified());
