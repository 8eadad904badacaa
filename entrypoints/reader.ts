import { defineUnlistedScript } from '#imports';
import { registerReader } from '@/components/reader/lazy';
import { createReader } from '@/components/reader/mount';

// Injected into a tab the first time its reader opens (see components/reader/lazy.ts).
export default defineUnlistedScript(() => registerReader(createReader));
