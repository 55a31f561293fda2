import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';

// Three bundles from the folders ARCHITECTURE.md names. The preload runs in a
// sandboxed renderer, which can only load one CommonJS file: everything it
// needs (the channel list from shared/) is bundled into it.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // filenamify is ESM-only: bundled into the CommonJS main rather than required at run time.
      externalizeDeps: { exclude: ['filenamify', 'filename-reserved-regex'] },
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          // The post guard's worker thread (large request bodies are recognised there).
          'recognise-worker': resolve(__dirname, 'electron/main/services/post-guard/recognise-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    esbuild: { jsx: 'automatic' },
    build: {
      minify: 'esbuild',
      outDir: resolve(__dirname, 'out/renderer'),
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
