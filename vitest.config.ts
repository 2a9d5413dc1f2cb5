import { defineConfig } from 'vitest/config';

// Unit tests run in Node; browser tests (added with the explorer) run in Debian's Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/**/*.browser.test.ts'],
          env: { TZ: 'UTC' },
        },
      },
    ],
  },
});
