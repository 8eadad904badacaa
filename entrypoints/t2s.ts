import { defineUnlistedScript } from '#imports';
import { openccToSimplified } from '@/utils/engine/text/t2s-library';
import { offerPart } from '@/utils/page/part-source';

// Injected into a tab only when an analysis asks for it: its text is in traditional script and conversion is on.
export default defineUnlistedScript(() => offerPart('t2s', openccToSimplified()));
