import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    // Date maths must not depend on the machine's zone.
    env: { TZ: 'UTC' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**'],
          environment: 'node',
          // a bound for a hang, not a speed check: tests that run the CLI start a Node process
          // with tsx, which takes seconds on a busy 2-core machine (5 s, vitest's default, failed
          // under a load of 10); speed belongs to the benchmarks
          testTimeout: 120_000,
          setupFiles: ['tests/dom-timeouts.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          // a bound for a hang: the tests wait for the app's own signals, and four axe passes at
          // one viewport took over 60 s under a load of 10
          testTimeout: 240_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
