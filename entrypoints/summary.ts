import { defineUnlistedScript } from '#imports';
import { summaryStages } from '@/utils/engine/summary-library';
import { offerPart } from '@/utils/page/part-source';

// Injected into a tab the first time its result is read (outline, figures, text).
export default defineUnlistedScript(() => offerPart('summary', summaryStages));
