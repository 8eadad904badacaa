import { defineUnlistedScript } from '#imports';
import { Readability } from '@mozilla/readability';
import { offerPart } from '@/utils/page/part-source';

// Injected into a tab only when an analysis asks for it: locate()'s fast finders did not settle the page.
export default defineUnlistedScript(() => offerPart('readability', Readability));
