import { defineConfig } from '@playwright/test';

/** Electron end-to-end specs: run by scripts/test-electron.mjs only where an Electron binary exists. */
export default defineConfig({
  testDir: '.',
  outputDir: '../../test-results/electron',
  timeout: 90_000,
  workers: 1,
  reporter: 'list',
});
