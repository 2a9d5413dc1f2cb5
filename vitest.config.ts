import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { buildEmbed } from './test/embed/build-embed.js';
import { OPTIMIZED } from './vite.config.js';

// Unit tests run in Node; browser tests (*.browser.test.ts) run in Debian's Chromium, which
// nothing here can download: CHROME_PATH points elsewhere when it is not in /usr/bin.
// The flags keep Chromium from reaching for a network it cannot have.
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
          // The command-line tests start Node processes; on a busy 2-core machine that can take seconds.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The worker's dependencies are not seen by the optimizer's first scan; listed, they do
        // not make Vite reload the page in the middle of a test.
        optimizeDeps: { include: OPTIMIZED },
        test: {
          name: 'browser',
          include: ['test/browser/**/*.browser.test.ts'],
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            viewport: { width: 1280, height: 900 },
            provider: playwright({
              // Room for the test iframe at full size, so screenshots are not scaled down.
              contextOptions: { viewport: { width: 1600, height: 1200 } },
              launchOptions: {
                executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
                args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
              },
            }),
            instances: [{ browser: 'chromium' }],
            // Run in Node when a test asks: embed-bundle.browser.test.ts builds the bundle it loads.
            commands: { buildEmbed },
          },
        },
      },
    ],
  },
});
