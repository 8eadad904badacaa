import { defineUnlistedScript } from '#imports';
import { registerReader } from '@/components/page/lazy';
import { createReader } from '@/components/reader/mount';

// Injected into a tab the first time its reader opens (see components/page/lazy.ts).
export default defineUnlistedScript(() => registerReader(createReader));
