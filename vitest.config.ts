import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/node/**/*.test.ts'],
    environment: 'node',
    // Store and keychain tests touch real files and a real keyring daemon.
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
  },
});
