// Lint enforces the layering of ARCHITECTURE.md: which folder may import what.
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'assert', 'buffer', 'child_process', 'crypto', 'events', 'fs', 'fs/promises', 'http', 'https', 'net',
  'os', 'path', 'stream', 'url', 'util', 'worker_threads', 'zlib',
];
const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'location', 'fetch', 'HTMLElement'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'tests/artifacts/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // shared/: pure TypeScript used by every process.
    files: ['shared/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: ['electron', ...nodeBuiltins].map((name) => ({ name, message: 'shared/ is pure: no electron, Node or DOM.' })),
        patterns: [
          { group: ['node:*'], message: 'shared/ is pure: no Node built-ins.' },
          { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ must not depend on a process layer.' },
        ],
      }],
      'no-restricted-globals': ['error', ...domGlobals, 'process', 'Buffer', 'require'],
    },
  },
  {
    // Services run under plain Node in tests: no electron, not even its types.
    files: ['electron/main/services/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'Services must not import electron; pass what you need from the glue.' }],
        patterns: [{ group: ['**/renderer/**'], message: 'Main must not import the renderer.' }],
      }],
    },
  },
  {
    // Main is bundled as CommonJS: native and CommonJS modules are loaded with
    // createRequire(__filename) (store/driver.ts, vault/keychain-backend.ts),
    // never with a dynamic import() whose exports depend on ESM interop.
    files: ['electron/main/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', { selector: 'ImportExpression', message: 'Load modules in main with createRequire(__filename), not import().' }],
    },
  },
  {
    // Only the store talks SQL.
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    ignores: ['electron/main/services/store/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['better-sqlite3', 'better-sqlite3-node20'].map((name) => ({ name, message: 'Only electron/main/services/store/ imports better-sqlite3.' })) }],
    },
  },
  {
    // The renderer talks only to the preload API.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: ['electron', ...nodeBuiltins].map((name) => ({ name, message: 'The renderer is sandboxed: use the preload API.' })),
        patterns: [
          { group: ['node:*'], message: 'The renderer is sandboxed: no Node built-ins.' },
          { group: ['**/electron/**'], message: 'The renderer reaches main only through the preload API.', allowTypeImports: true },
        ],
      }],
    },
  },
  {
    // The preload exposes named functions only; it may reach shared/ipc and electron.
    files: ['electron/preload/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [{ group: ['**/main/**', '**/renderer/**'], message: 'The preload depends only on shared/ipc.' }],
      }],
    },
  },
);
