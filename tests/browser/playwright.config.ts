import { defineConfig } from '@playwright/test';

/**
 * Renderer tests: Debian's Chromium (never a downloaded browser) drives the
 * built renderer. The flags keep Chromium quiet on a closed network and let it
 * run as root in CI.
 */
export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/browser',
  timeout: 60_000,
  workers: 1,
  reporter: process.env.CI ? [['list'], ['json', { outputFile: '../../test-results/browser.json' }]] : 'list',
  use: {
    headless: true,
    launchOptions: {
      executablePath: process.env.HATSTAND_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
        '--disable-quic',
      ],
    },
  },
});
