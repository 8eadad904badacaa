import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'node',
    include: ['{utils,components,entrypoints,tests}/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    setupFiles: ['tests/setup.ts'],
    testTimeout: 60_000,
  },
});
